using PeaceOps.Ops.Contracts.Common;

namespace PeaceOps.Ops.Contracts.Facilities;

/// <summary>One Level I/II/III facility (key: facility id). Unregistered → <see cref="EntityNotFoundException"/>.</summary>
[Alias("peaceops.IMedicalFacilityGrain")]
public interface IMedicalFacilityGrain : IGrainWithStringKey
{
    /// <summary>Creates or reconfigures the facility; a new facility starts open with its full capacity free.</summary>
    [Alias("Register")]
    Task<FacilitySnapshot> Register(FacilityProfile profile, CommandContext context);

    [Alias("GetSnapshot")]
    Task<FacilitySnapshot> GetSnapshot();

    /// <summary>
    /// The medical coordinator's report. Rejected (field named) when counts are negative or exceed the facility's capacity.
    /// A change away from open flags re-planning for incidents heading there.
    /// </summary>
    [Alias("UpdateStatus")]
    Task<FacilitySnapshot> UpdateStatus(FacilityStatusUpdate update, CommandContext context);
}
