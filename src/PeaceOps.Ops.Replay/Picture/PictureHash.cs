using System.Security.Cryptography;
using System.Text.Json;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Picture;

namespace PeaceOps.Ops.Replay.Picture;

/// <summary>
/// A fingerprint of what a picture shows, to prove that a replayed picture equals the live one at the same moment.
/// Leaves out what is about the copy rather than the operation (as-of time, epoch, sequence) and the endurance
/// estimate (a grain's running estimate, not recorded in the position log); times count to the microsecond, as the
/// logs keep them.
/// </summary>
public static class PictureHash
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Compute(PictureSnapshot picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var canonical = new
        {
            aircraft = picture.Aircraft.OrderBy(a => a.Id, StringComparer.Ordinal).Select(Normalise).ToList(),
            facilities = picture.Facilities.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => f with { UpdatedAt = Micro(f.UpdatedAt) }).ToList(),
            incidents = picture.Incidents.OrderBy(i => i.Id, StringComparer.Ordinal).ToList(),
            airspace = picture.Airspace.OrderBy(z => z.Id, StringComparer.Ordinal).ToList(),
            landingSites = picture.LandingSites.OrderBy(s => s.Id, StringComparer.Ordinal).ToList(),
            settings = picture.Settings,
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical, Json)));
    }

    private static AircraftSnapshot Normalise(AircraftSnapshot a) => a with
    {
        EnduranceRemainingMinutes = 0,
        StatusChangedAt = Micro(a.StatusChangedAt),
        Position = a.Position is null ? null : a.Position with { ReportedAt = Micro(a.Position.ReportedAt) },
    };

    private static DateTimeOffset Micro(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}
