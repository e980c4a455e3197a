using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Planning.Routing;

namespace PeaceOps.Ops.Planning.Tasking;

/// <summary>
/// Zone boundaries already proven simple polygons. Every evaluation is handed the mission's whole airspace and
/// validates it; the topology check is the costly part and the boundaries rarely change, so a boundary seen valid
/// before is recognised by its exact positions (compared in full, not by a digest) and not checked again.
/// </summary>
internal static class ValidRingMemo
{
    private const int Capacity = 4096;
    private static readonly RecentCache<Ring, bool> Known = new(Capacity);

    public static bool IsKnownValid(IReadOnlyList<GeoPosition> ring) => Known.TryGet(new Ring(ring), out _);

    public static void RememberValid(IReadOnlyList<GeoPosition> ring) => Known.Set(new Ring([.. ring]), true);

    private readonly struct Ring(IReadOnlyList<GeoPosition> positions) : IEquatable<Ring>
    {
        private readonly IReadOnlyList<GeoPosition> _positions = positions;

        public bool Equals(Ring other)
        {
            if (_positions.Count != other._positions.Count)
            {
                return false;
            }

            for (var i = 0; i < _positions.Count; i++)
            {
                if (_positions[i] != other._positions[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Ring other && Equals(other);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            hash.Add(_positions.Count);
            foreach (var p in _positions)
            {
                hash.Add(p.Latitude);
                hash.Add(p.Longitude);
            }

            return hash.ToHashCode();
        }
    }
}
