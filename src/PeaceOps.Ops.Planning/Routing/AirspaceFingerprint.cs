using PeaceOps.Ops.Planning.Airspace;

namespace PeaceOps.Ops.Planning.Routing;

/// <summary>
/// A 64-bit FNV-1a digest of everything a <see cref="RoutePlanner"/> is built from, so an engine can tell
/// "same airspace" from content alone: grains rebuild their lists on every call, so references never match.
/// </summary>
internal static class AirspaceFingerprint
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(IReadOnlyList<AirspaceZone> zones, MissionSettings settings)
    {
        var hash = Offset;
        Mix(ref hash, settings.ZoneMarginKm);
        Mix(ref hash, settings.CruiseAltitudeFt);
        foreach (var zone in zones)
        {
            Mix(ref hash, zone.Id);
            Mix(ref hash, zone.Name);
            Mix(ref hash, (double)zone.Kind);
            Mix(ref hash, zone.FloorFt);
            Mix(ref hash, zone.CeilingFt);
            foreach (var p in zone.Boundary)
            {
                Mix(ref hash, p.Latitude);
                Mix(ref hash, p.Longitude);
            }

            foreach (var w in zone.ActiveWindows)
            {
                Mix(ref hash, w.From.UtcTicks);
                Mix(ref hash, w.To.UtcTicks);
            }

            Mix(ref hash, zone.Clearance?.LeadTimeHours ?? -1);
            Mix(ref hash, zone.Clearance?.CasevacFastTrack == true ? 1 : 0);
            Mix(ref hash, zone.Clearance?.ClearedUntil?.UtcTicks ?? -1);
        }

        return hash;
    }

    private static void Mix(ref ulong hash, double value) => Mix(ref hash, BitConverter.DoubleToInt64Bits(value));

    private static void Mix(ref ulong hash, long value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(value >> (8 * i))) * Prime;
        }
    }

    private static void Mix(ref ulong hash, string value)
    {
        foreach (var ch in value)
        {
            hash = (hash ^ ch) * Prime;
        }

        hash = (hash ^ 0xFF) * Prime;
    }
}
