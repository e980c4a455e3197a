namespace PeaceOps.Ops.Replay.Playback;

/// <summary>What a reviewer asked to play back: the period and how many times faster than real time.</summary>
public sealed record ReplayRequest(DateTimeOffset From, DateTimeOffset To, double Speed)
{
    public const double MinSpeed = 1;
    public const double MaxSpeed = 600;

    /// <summary>A period may start this long before the log's first event (a product that has just started has a log
    /// younger than "an hour ago"); earlier is a mistake. The REST replay endpoints use the same bound.</summary>
    public static readonly TimeSpan BeforeLogGrace = TimeSpan.FromHours(1);

    /// <summary>Clock skew between a client and the server that is not yet "the future".</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromSeconds(5);

    /// <summary>The errors by field name (empty when the request can be played); the log's start and now bound the period.</summary>
    public IReadOnlyDictionary<string, string> Validate(DateTimeOffset? logStart, DateTimeOffset now, TimeSpan beforeLogGrace)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!double.IsFinite(Speed) || Speed < MinSpeed || Speed > MaxSpeed)
        {
            errors["speed"] = $"'speed' must be between {MinSpeed}× and {MaxSpeed}×.";
        }

        if (To <= From)
        {
            errors["to"] = "'to' must be after 'from'.";
        }

        if (To > now + FutureTolerance)
        {
            errors["to"] = "'to' is in the future: the log holds only what has happened.";
        }

        if (From > now + FutureTolerance)
        {
            errors["from"] = "'from' is in the future: the log holds only what has happened.";
        }

        if (logStart is { } start && From < start - beforeLogGrace)
        {
            errors["from"] = $"'from' is before the log begins ({start.UtcDateTime:yyyy-MM-ddTHH:mm:ss}Z).";
        }

        return errors;
    }
}
