using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Simulation.Scenarios.Model;

namespace PeaceOps.Ops.Simulation.Script;

/// <summary>Reports a scripted casualty through the incident grain, keyed by the scenario event so it happens once.</summary>
public static class ScriptedIncidents
{
    public static NineLine ToNineLine(ScriptedNineLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new NineLine(
            line.Pickup.Latitude,
            line.Pickup.Longitude,
            Mgrs.Format(line.Pickup, 5),
            line.Frequency,
            line.CallSign,
            new PatientsByPrecedence(line.Urgent, line.UrgentSurgical, line.Priority, line.Routine),
            line.Equipment,
            line.Litter,
            line.Ambulatory,
            line.Security,
            line.Marking,
            line.Nationality,
            line.Terrain);
    }

    public static Task<IncidentSnapshot> ReportAsync(IGrainFactory grains, ScriptedIncident incident, DateTimeOffset now, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(context);
        return grains.GetGrain<IIncidentGrain>(IncidentIds.ForIdempotencyKey(context.IdempotencyKey))
            .Report(new ReportIncident(ToNineLine(incident.NineLine), now - incident.InjuredBeforeReport, context));
    }
}
