namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>What the rules say about one aircraft and its leg to the pickup, whatever the facility.</summary>
internal sealed class AircraftSentences(OptionContext first, Violation[] availability, Violation[] airspaceToPickup, Violation[] nightToPickup, Violation[] cabin)
{
    public Violation[] Availability { get; } = availability;

    public Violation[] AirspaceToPickup { get; } = airspaceToPickup;

    public Violation[] NightToPickup { get; } = nightToPickup;

    public Violation[] Cabin { get; } = cabin;

    public int Count => Availability.Length + AirspaceToPickup.Length + NightToPickup.Length + Cabin.Length;

    public bool Fits(OptionContext option) =>
        ReferenceEquals(option.Aircraft, first.Aircraft) && ReferenceEquals(option.ToPickup, first.ToPickup) && ReferenceEquals(option.DepartureSite, first.DepartureSite)
        && ReferenceEquals(option.Request, first.Request) && ReferenceEquals(option.Settings, first.Settings) && ReferenceEquals(option.ProhibitedAtPickup, first.ProhibitedAtPickup);
}
