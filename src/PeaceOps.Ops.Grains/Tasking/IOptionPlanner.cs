using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Picture;
using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Grains.Tasking;

/// <summary>Where an incident's ranked options come from (the tasking engine in the product; a scripted list in grain tests).</summary>
public interface IOptionPlanner
{
    IReadOnlyList<TaskingOptionDto> Plan(string incidentId, IncidentSnapshot incident, PictureSnapshot picture, DateTimeOffset now);
}
