namespace PeaceOps.Ops.Domain.Geo;

/// <summary>
/// WGS-84 transverse Mercator by Krüger's series to sixth order in n (Karney 2011, "Transverse Mercator
/// with an accuracy of a few nanometres"): nanometre-exact within a UTM zone, with no iteration going forward.
/// </summary>
internal static class TransverseMercator
{
    private const double SemiMajorAxis = 6378137.0;
    private const double Flattening = 1 / 298.257223563;
    private const double ScaleFactor = 0.9996;
    private const double DegreesToRadians = Math.PI / 180.0;
    private const double RadiansToDegrees = 180.0 / Math.PI;

    private static readonly double Eccentricity = Math.Sqrt(Flattening * (2 - Flattening));
    private static readonly double N = Flattening / (2 - Flattening);
    private static readonly double RectifyingRadius = SemiMajorAxis / (1 + N) * (1 + (N * N / 4) + (Math.Pow(N, 4) / 64) + (Math.Pow(N, 6) / 256));
    private static readonly double[] Alpha = ForwardCoefficients(N);
    private static readonly double[] Beta = InverseCoefficients(N);

    /// <summary>Easting/northing relative to the central meridian and the equator (no false origins), metres.</summary>
    public static (double X, double Y) Forward(double latitudeDegrees, double longitudeDegrees, double centralMeridianDegrees)
    {
        var phi = latitudeDegrees * DegreesToRadians;
        var lambda = (longitudeDegrees - centralMeridianDegrees) * DegreesToRadians;
        var tau = Math.Tan(phi);
        var sigma = Math.Sinh(Eccentricity * Math.Atanh(Eccentricity * tau / Math.Sqrt(1 + (tau * tau))));
        var tauPrime = (tau * Math.Sqrt(1 + (sigma * sigma))) - (sigma * Math.Sqrt(1 + (tau * tau)));
        var cosLambda = Math.Cos(lambda);
        var xiPrime = Math.Atan2(tauPrime, cosLambda);
        var etaPrime = Math.Asinh(Math.Sin(lambda) / Math.Sqrt((tauPrime * tauPrime) + (cosLambda * cosLambda)));
        var xi = xiPrime;
        var eta = etaPrime;
        for (var j = 1; j <= 6; j++)
        {
            xi += Alpha[j] * Math.Sin(2 * j * xiPrime) * Math.Cosh(2 * j * etaPrime);
            eta += Alpha[j] * Math.Cos(2 * j * xiPrime) * Math.Sinh(2 * j * etaPrime);
        }

        return (ScaleFactor * RectifyingRadius * eta, ScaleFactor * RectifyingRadius * xi);
    }

    public static (double LatitudeDegrees, double LongitudeDegrees) Inverse(double x, double y, double centralMeridianDegrees)
    {
        var xi = y / (ScaleFactor * RectifyingRadius);
        var eta = x / (ScaleFactor * RectifyingRadius);
        var xiPrime = xi;
        var etaPrime = eta;
        for (var j = 1; j <= 6; j++)
        {
            xiPrime -= Beta[j] * Math.Sin(2 * j * xi) * Math.Cosh(2 * j * eta);
            etaPrime -= Beta[j] * Math.Cos(2 * j * xi) * Math.Sinh(2 * j * eta);
        }

        var sinhEta = Math.Sinh(etaPrime);
        var sinXi = Math.Sin(xiPrime);
        var cosXi = Math.Cos(xiPrime);
        var tauPrime = sinXi / Math.Sqrt((sinhEta * sinhEta) + (cosXi * cosXi));
        var e2 = Eccentricity * Eccentricity;
        var tau = tauPrime;
        for (var i = 0; i < 10; i++)
        {
            var sigma = Math.Sinh(Eccentricity * Math.Atanh(Eccentricity * tau / Math.Sqrt(1 + (tau * tau))));
            var tauI = (tau * Math.Sqrt(1 + (sigma * sigma))) - (sigma * Math.Sqrt(1 + (tau * tau)));
            var delta = (tauPrime - tauI) / Math.Sqrt(1 + (tauI * tauI))
                * (1 + ((1 - e2) * tau * tau)) / ((1 - e2) * Math.Sqrt(1 + (tau * tau)));
            tau += delta;
            if (Math.Abs(delta) < 1e-12)
            {
                break;
            }
        }

        var latitude = Math.Atan(tau) * RadiansToDegrees;
        var longitude = centralMeridianDegrees + (Math.Atan2(sinhEta, cosXi) * RadiansToDegrees);
        return (latitude, longitude);
    }

    private static double[] ForwardCoefficients(double n)
    {
        double n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
        return
        [
            0,
            (n / 2) - (2 * n2 / 3) + (5 * n3 / 16) + (41 * n4 / 180) - (127 * n5 / 288) + (7891 * n6 / 37800),
            (13 * n2 / 48) - (3 * n3 / 5) + (557 * n4 / 1440) + (281 * n5 / 630) - (1983433 * n6 / 1935360),
            (61 * n3 / 240) - (103 * n4 / 140) + (15061 * n5 / 26880) + (167603 * n6 / 181440),
            (49561 * n4 / 161280) - (179 * n5 / 168) + (6601661 * n6 / 7257600),
            (34729 * n5 / 80640) - (3418889 * n6 / 1995840),
            212378941 * n6 / 319334400,
        ];
    }

    private static double[] InverseCoefficients(double n)
    {
        double n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
        return
        [
            0,
            (n / 2) - (2 * n2 / 3) + (37 * n3 / 96) - (n4 / 360) - (81 * n5 / 512) + (96199 * n6 / 604800),
            (n2 / 48) + (n3 / 15) - (437 * n4 / 1440) + (46 * n5 / 105) - (1118711 * n6 / 3870720),
            (17 * n3 / 480) - (37 * n4 / 840) - (209 * n5 / 4480) + (5569 * n6 / 90720),
            (4397 * n4 / 161280) - (11 * n5 / 504) - (830251 * n6 / 7257600),
            (4583 * n5 / 161280) - (108847 * n6 / 3991680),
            20648693 * n6 / 638668800,
        ];
    }
}
