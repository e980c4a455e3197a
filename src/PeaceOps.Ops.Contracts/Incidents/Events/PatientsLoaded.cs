namespace PeaceOps.Ops.Contracts.Incidents.Events;

/// <summary>Patients are on board.</summary>
[GenerateSerializer, Immutable, Alias("peaceops.event.patients-loaded")]
public sealed record PatientsLoaded([property: Id(0)] string AircraftId) : IncidentEvent;
