namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// The blocking violations no authority can lift: the aircraft or the facility cannot do it, whoever signs. Every other
/// blocking violation is a rule an authorised officer can override, waive or clear: night-flight authorisation, an
/// airspace clearance, re-tasking an aircraft, a crew-rest or NVG-currency waiver, a site lit for the night, a facility
/// asked to take one more casualty, fuel arranged at the destination for the way home. When nothing is feasible the
/// duty officer looks first at what could be made to fly, so the ranking puts those options before these.
/// </summary>
public static class PhysicalLimits
{
    /// <summary>True when a blocking violation with this code cannot be overridden.</summary>
    public static bool Contains(string code) => code switch
    {
        // A runway, fuel to get there, room in the cabin, a hoist, a serviceable NVG-capable airframe: the aircraft.
        ViolationCodes.FixedWingPickupNotAirfield
            or ViolationCodes.FixedWingFacilityNoAirfield
            or ViolationCodes.EnduranceOutbound
            or ViolationCodes.LitterCapacity
            or ViolationCodes.SeatCapacity
            or ViolationCodes.HoistRequired
            or ViolationCodes.AircraftInMaintenance
            or ViolationCodes.NoNvgAirframe

            // A closed facility, or one without the surgery or resuscitation the casualty needs: the destination.
            or ViolationCodes.FacilityClosed
            or ViolationCodes.NoSurgeryCapability
            or ViolationCodes.NoResuscitationCapability => true,
        _ => false,
    };
}
