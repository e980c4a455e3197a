namespace PeaceOps.Ops.Replay.Reports;

/// <summary>
/// Median and p90 by linear interpolation between closest ranks (Hyndman-Fan type 7, the spreadsheet PERCENTILE.INC),
/// so a reviewer can check every figure of a report by hand with a spreadsheet.
/// </summary>
public static class Percentiles
{
    /// <summary>The <paramref name="fraction"/> quantile (0..1) of <paramref name="values"/>; null when there are none.</summary>
    public static double? Of(IReadOnlyCollection<double> values, double fraction)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    public static double? Median(IReadOnlyCollection<double> values) => Of(values, 0.5);

    public static double? P90(IReadOnlyCollection<double> values) => Of(values, 0.9);
}
