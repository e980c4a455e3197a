namespace PeaceOps.Ops.Planning.Routing;

/// <summary>Which zones a graph treats as obstacles; the key of the graph cache.</summary>
internal sealed class ZoneSet : IEquatable<ZoneSet>
{
    private readonly ulong[] _bits;

    public ZoneSet(int capacity) => _bits = new ulong[(capacity + 63) / 64];

    private ZoneSet(ulong[] bits) => _bits = bits;

    public bool Contains(int index) => (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    public ZoneSet With(int index)
    {
        var copy = (ulong[])_bits.Clone();
        copy[index >> 6] |= 1UL << (index & 63);
        return new ZoneSet(copy);
    }

    public void Add(int index) => _bits[index >> 6] |= 1UL << (index & 63);

    public bool Equals(ZoneSet? other) => other is not null && _bits.AsSpan().SequenceEqual(other._bits);

    public override bool Equals(object? obj) => Equals(obj as ZoneSet);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var word in _bits)
        {
            hash.Add(word);
        }

        return hash.ToHashCode();
    }
}
