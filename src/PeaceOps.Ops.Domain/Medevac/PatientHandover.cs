namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>
/// One patient's handover (ZMIST: zap number, Mechanism, Injuries, Signs, Treatment; ATMIST adds Age and
/// Time of injury). Every field is optional text, as it is on the radio.
/// </summary>
public sealed record PatientHandover(
    string? Zap,
    string? Age,
    string? TimeOfInjury,
    string? Mechanism,
    string? Injuries,
    string? Signs,
    string? Treatment);
