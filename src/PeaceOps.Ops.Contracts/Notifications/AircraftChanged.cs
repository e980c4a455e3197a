using PeaceOps.Ops.Contracts.Aircraft;

namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>An aircraft was registered, reconfigured, or changed status or tasking: the whole snapshot.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.change.aircraft-changed")]
public sealed record AircraftChanged([property: Id(0)] AircraftSnapshot Aircraft) : OpsChange;
