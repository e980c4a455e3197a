namespace PeaceOps.Ops.Replay.Reports;

/// <summary>Airspace costs per zone: the evidence for asking the host state to clear that particular zone.</summary>
public sealed record ZoneImpediment(string ZoneId, string Description, int Incidents, double Minutes);
