namespace PeaceOps.Ops.Domain.Medevac;

/// <summary>Line 2: the radio frequency (MHz, as given), call sign and suffix at the pickup site.</summary>
public sealed record RadioContact(string Frequency, string CallSign, string? Suffix);
