using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.Dashboard.Relay;

/// <summary>The last batches this host sent, so a client that missed some is answered from memory; older gaps get a snapshot.</summary>
public sealed class ChangeRing(int capacity)
{
    private readonly Queue<ChangesView> _batches = new();

    public void Add(ChangesView batch)
    {
        _batches.Enqueue(batch);
        while (_batches.Count > capacity)
        {
            _batches.Dequeue();
        }
    }

    public void Clear() => _batches.Clear();

    /// <summary>Every change after <paramref name="lastSequence"/>, the latest position per aircraft only; null when the ring no longer reaches back that far.</summary>
    public List<ChangeView>? After(long lastSequence)
    {
        if (_batches.Count == 0 || _batches.Peek().FromSequence > lastSequence + 1)
        {
            return null;
        }

        var changes = _batches.Where(b => b.ToSequence > lastSequence).SelectMany(b => b.Changes).Where(c => c.Sequence > lastSequence).ToList();
        var latestMove = changes.Where(c => c.Kind == "aircraftMoved").GroupBy(c => c.AircraftId).ToDictionary(g => g.Key!, g => g.Max(c => c.Sequence), StringComparer.Ordinal);
        return changes.Where(c => c.Kind != "aircraftMoved" || latestMove[c.AircraftId!] == c.Sequence).ToList();
    }
}
