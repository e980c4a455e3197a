namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// A binary min-heap laid over a span of (total, node) pairs, popped in the order a sort of the span would give
/// (totals ascending, ties by node). Built in linear time in place: when only the first few entries are wanted,
/// as when a target links to the first node it sees, that beats sorting thousands of them.
/// </summary>
internal ref struct CandidateHeap
{
    private readonly Span<(double Total, int Node)> _items;
    private int _count;

    public CandidateHeap(Span<(double Total, int Node)> items)
    {
        _items = items;
        _count = items.Length;
        for (var i = (_count / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    public bool TryPop(out double total, out int node)
    {
        if (_count == 0)
        {
            (total, node) = (0, -1);
            return false;
        }

        (total, node) = _items[0];
        _count--;
        if (_count > 0)
        {
            _items[0] = _items[_count];
            SiftDown(0);
        }

        return true;
    }

    private static bool Less((double Total, int Node) x, (double Total, int Node) y) =>
        x.Total < y.Total || (x.Total == y.Total && x.Node < y.Node);

    private readonly void SiftDown(int i)
    {
        var item = _items[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Less(_items[child + 1], _items[child]))
            {
                child++;
            }

            if (!Less(_items[child], item))
            {
                break;
            }

            _items[i] = _items[child];
            i = child;
        }

        _items[i] = item;
    }
}
