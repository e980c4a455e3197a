using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.Dashboard.Relay;

/// <summary>
/// At most one position per aircraft per <see cref="Interval"/> reaches the screens; a position held back is sent when its
/// aircraft's interval has passed, unless a newer one replaced it (trailing edge: the last position of a burst is never lost).
/// </summary>
public sealed class PositionThrottle(TimeSpan interval)
{
    private readonly Dictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChangeView> _held = new(StringComparer.Ordinal);

    public TimeSpan Interval { get; } = interval;

    public int Held => _held.Count;

    /// <summary>Passes the changes through, holding back positions that come too soon after the aircraft's last one.</summary>
    public List<ChangeView> Apply(IEnumerable<ChangeView> changes, DateTimeOffset now)
    {
        var output = new List<ChangeView>();
        foreach (var change in changes)
        {
            if (change.Kind == "aircraftMoved" && change.AircraftId is { } moved)
            {
                if (_lastSent.TryGetValue(moved, out var last) && now - last < Interval)
                {
                    _held[moved] = change;
                    continue;
                }

                _held.Remove(moved);
                _lastSent[moved] = now;
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

    /// <summary>Held positions whose interval has passed.</summary>
    public List<ChangeView> Due(DateTimeOffset now)
    {
        var due = _held.Where(h => !_lastSent.TryGetValue(h.Key, out var last) || now - last >= Interval).Select(h => h.Value).ToList();
        foreach (var change in due)
        {
            _held.Remove(change.AircraftId!);
            _lastSent[change.AircraftId!] = now;
        }

        return due;
    }

    public void Clear()
    {
        _held.Clear();
        _lastSent.Clear();
    }
}
