namespace PeaceOps.Ops.Planning.Routing;

/// <summary>A small growable list of segment parameters on the stack: the visibility test runs millions of times.</summary>
internal ref struct TouchList
{
    private Span<double> _items;
    private double[]? _rented;

    public TouchList(Span<double> initial)
    {
        _items = initial;
        Count = 0;
    }

    public int Count { get; private set; }

    public readonly double this[int index] => _items[index];

    public void Add(double value)
    {
        if (Count == _items.Length)
        {
            var bigger = new double[_items.Length * 2];
            _items.CopyTo(bigger);
            _rented = bigger;
            _items = _rented;
        }

        _items[Count++] = value;
    }

    public readonly void Sort() => _items[..Count].Sort();
}
