namespace PeaceOps.Ops.Domain.Sun;

/// <summary>Geometric elevations of the sun's centre that define the daily events (DOMAIN.md "Night").</summary>
public static class SunThresholds
{
    /// <summary>Upper limb on the horizon: 34′ standard refraction plus 16′ semi-diameter.</summary>
    public const double SunriseSunset = -0.833;

    /// <summary>ICAO night runs from the end of evening civil twilight to the beginning of morning civil twilight.</summary>
    public const double Civil = -6.0;

    /// <summary>BMNT/EENT in military planning.</summary>
    public const double Nautical = -12.0;

    public const double Astronomical = -18.0;
}
