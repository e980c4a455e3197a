using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Replay.Logs;

/// <summary>Time as each provider stores it: SQLite as Unix microseconds (integer), PostgreSQL as timestamptz.</summary>
internal static class LogTime
{
    public static object ToParameter(DatabaseProvider provider, DateTimeOffset at) =>
        provider == DatabaseProvider.Sqlite ? ToUnixMicroseconds(at) : at.ToUniversalTime();

    public static DateTimeOffset FromColumn(object value) => value switch
    {
        long micro => DateTimeOffset.UnixEpoch.AddTicks(micro * TimeSpan.TicksPerMicrosecond),
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        DateTimeOffset dto => dto.ToUniversalTime(),
        _ => DateTimeOffset.UnixEpoch.AddTicks(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) * TimeSpan.TicksPerMicrosecond),
    };

    public static long ToUnixMicroseconds(DateTimeOffset at) =>
        (long)Math.Floor((at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerMicrosecond);
}
