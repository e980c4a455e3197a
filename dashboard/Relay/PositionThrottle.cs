using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.Dashboard.Relay;

/// <summary>
/// At most <see cref="PerWindow"/> positions per aircraft reach the screens in any <see cref="Window"/> (2 per second); a
/// position over the limit is held and sent as soon as the window allows, unless a newer one replaced it (trailing edge:
/// the last position of a burst is never lost).
/// A sliding window rather than a minimum gap of half a second: a tracker reporting once a second is never held, and
/// after a burst the next regular report waits at most until the burst's first sends leave the window. With a 500 ms gap,
/// a 1 Hz report whose predecessor was delivered a little late, and every report in the second after a 4 Hz burst, waited
/// up to half a second: that hold was the p99 of report-to-screen latency (docs/performance/api.md).
/// </summary>
public sealed class PositionThrottle(int perWindow, TimeSpan window)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChangeView> _held = new(StringComparer.Ordinal);

    public int PerWindow { get; } = perWindow;

    public TimeSpan Window { get; } = window;

    public int Held => _held.Count;

    /// <summary>When the earliest held position may go; null when none is held.</summary>
    public DateTimeOffset? NextDue =>
        _held.Count == 0 ? null : _held.Keys.Min(id => _sent.TryGetValue(id, out var sent) && sent.Count >= PerWindow ? sent.Peek() + Window : DateTimeOffset.MinValue);

    /// <summary>Passes the changes through, holding back positions over the aircraft's limit.</summary>
    public List<ChangeView> Apply(IEnumerable<ChangeView> changes, DateTimeOffset now)
    {
        var output = new List<ChangeView>();
        foreach (var change in changes)
        {
            if (change.Kind == "aircraftMoved" && change.AircraftId is { } moved)
            {
                if (!TryTake(moved, now))
                {
                    _held[moved] = change;
                    continue;
                }

                _held.Remove(moved);
            }
            else if (change.Kind == "aircraftChanged" && change.AircraftId is { } changed
                && _held.TryGetValue(changed, out var held) && held.Sequence < change.Sequence)
            {
                // The whole aircraft carries a position at least as new as the one held back.
                _held.Remove(changed);
            }

            output.Add(change);
        }

        return output;
    }

    /// <summary>Held positions the window now allows.</summary>
    public List<ChangeView> Due(DateTimeOffset now)
    {
        var due = new List<ChangeView>();
        foreach (var (id, change) in _held)
        {
            if (TryTake(id, now))
            {
                due.Add(change);
            }
        }

        foreach (var change in due)
        {
            _held.Remove(change.AircraftId!);
        }

        return due;
    }

    public void Clear()
    {
        _held.Clear();
        _sent.Clear();
    }

    /// <summary>Counts a send for the aircraft if its window has room.</summary>
    private bool TryTake(string aircraftId, DateTimeOffset now)
    {
        if (!_sent.TryGetValue(aircraftId, out var sent))
        {
            sent = new Queue<DateTimeOffset>(PerWindow);
            _sent[aircraftId] = sent;
        }

        while (sent.Count > 0 && now - sent.Peek() >= Window)
        {
            sent.Dequeue();
        }

        if (sent.Count >= PerWindow)
        {
            return false;
        }

        sent.Enqueue(now);
        return true;
    }
}
