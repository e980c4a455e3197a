using System.Globalization;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>Times and durations the way a duty officer reads them on the radio log: 18:47Z, 1 h 05 min.</summary>
internal static class ZuluTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string Format(TimeSpan duration)
    {
        var minutes = (int)Math.Ceiling(duration.TotalMinutes);
        return minutes >= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60:00} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} min");
    }

    public static string Degrees(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "°";
}
