namespace PeaceOps.Ops.Domain.Sun;

/// <summary>
/// The sun's events for one solar day at one place (UTC). A null event does not happen that solar
/// day: the sun stays above (polar day) or below (polar night) that threshold.
/// </summary>
public sealed record DaylightTimes(
    DateOnly Date,
    DateTimeOffset SolarNoon,
    DateTimeOffset? Sunrise,
    DateTimeOffset? Sunset,
    DateTimeOffset? CivilDawn,
    DateTimeOffset? CivilDusk,
    DateTimeOffset? NauticalDawn,
    DateTimeOffset? NauticalDusk,
    DateTimeOffset? AstronomicalDawn,
    DateTimeOffset? AstronomicalDusk);
