namespace PeaceOps.Ops.Storage;

/// <summary>
/// Both databases keep time to the microsecond (PostgreSQL's timestamptz resolution); .NET keeps 100 ns ticks.
/// Truncating on the way in means what is read back equals what was stored, on either provider.
/// </summary>
internal static class Microseconds
{
    public static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var utcTicks = value.UtcTicks;
        return new DateTimeOffset(utcTicks - (utcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    /// <summary>Microseconds since the Unix epoch (SQLite stores time as this integer: sortable, compact, exact).</summary>
    public static long ToUnix(DateTimeOffset value) =>
        Math.DivRem(value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, TimeSpan.TicksPerMicrosecond) switch
        {
            (var q, < 0) => q - 1,
            (var q, _) => q,
        };

    public static DateTimeOffset FromUnix(long microseconds) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (microseconds * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
