namespace PeaceOps.Ops.Domain.Geo;

/// <summary>A UTM grid position: zone 1-60, latitude band letter (C-X), easting and northing in metres (false origins applied).</summary>
public readonly record struct UtmCoordinate(int Zone, char Band, double Easting, double Northing)
{
    /// <summary>Bands N and above are north of the equator; below them the northing carries the 10,000 km false northing.</summary>
    public bool IsNorthernHemisphere => Band >= 'N';

    public override string ToString() =>
        FormattableString.Invariant($"{Zone}{Band} {Easting:F0}mE {Northing:F0}mN");
}
