using PeaceOps.Ops.Contracts.Aircraft;

namespace PeaceOps.Ops.Replay.Logs;

/// <summary>One row of the position log: where an aircraft was, and when.</summary>
public sealed record RecordedPosition(string AircraftId, AircraftPosition Position);
