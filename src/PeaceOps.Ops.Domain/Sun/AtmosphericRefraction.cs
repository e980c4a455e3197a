namespace PeaceOps.Ops.Domain.Sun;

/// <summary>
/// NOAA's refraction correction (standard atmosphere; Sæmundsson-like piecewise fit from the NOAA
/// solar calculator spreadsheet). Added to the geometric elevation to give what an observer sees.
/// </summary>
public static class AtmosphericRefraction
{
    private const double DegreesToRadians = Math.PI / 180.0;

    public static double CorrectionDegrees(double geometricElevationDegrees)
    {
        var e = geometricElevationDegrees;
        double arcSeconds;
        if (e > 85.0)
        {
            return 0;
        }
        else if (e > 5.0)
        {
            var tan = Math.Tan(e * DegreesToRadians);
            arcSeconds = (58.1 / tan) - (0.07 / (tan * tan * tan)) + (0.000086 / Math.Pow(tan, 5));
        }
        else if (e > -0.575)
        {
            arcSeconds = 1735.0 + (e * (-518.2 + (e * (103.4 + (e * (-12.79 + (e * 0.711)))))));
        }
        else
        {
            arcSeconds = -20.772 / Math.Tan(e * DegreesToRadians);
        }

        return arcSeconds / 3600.0;
    }
}
