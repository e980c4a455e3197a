namespace PeaceOps.Ops.Contracts.Mission.Events;

/// <summary>The planning settings changed (night-flight authorisation, threshold, margins).</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.mission-settings-updated")]
public sealed record MissionSettingsUpdated([property: Id(0)] MissionSettingsDto Settings) : MissionEvent;
