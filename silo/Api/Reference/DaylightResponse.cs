namespace PeaceOps.Ops.Silo.Api.Reference;

internal sealed record DaylightResponse(
    string Date,
    double Lat,
    double Lon,
    DateTime? Sunrise,
    DateTime? Sunset,
    DateTime? CivilDawn,
    DateTime? CivilDusk,
    DateTime? NauticalDawn,
    DateTime? NauticalDusk,
    DateTime? AstronomicalDawn,
    DateTime? AstronomicalDusk,
    DateTime SolarNoon);
