using System.Net;
using System.Net.Http.Json;
using PeaceOps.Ops.Silo.Tests.Support;

namespace PeaceOps.Ops.Silo.Tests.Hub;

/// <summary>
/// A product with a short recorded past to play back: mission settings changed <see cref="Count"/> times, a step apart,
/// each with a night threshold that says its place in the order. Recorded once for the test class (real time, ~3 s).
/// </summary>
public sealed class RecordedSettingsHost : ApiHost
{
    public const int Count = 6;

    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(400);

    private readonly SemaphoreSlim _once = new(1, 1);
    private (DateTimeOffset From, DateTimeOffset To, DateTimeOffset[] ChangedAt)? _recorded;

    /// <summary>The threshold of the n-th change (0-based): -6.1, -6.2, ...</summary>
    public static double Threshold(int n) => Math.Round(-6.1 - (0.1 * n), 1);

    /// <summary>The recorded period: from just before the first change to just after the last, and when each was sent.</summary>
    public async Task<(DateTimeOffset From, DateTimeOffset To, DateTimeOffset[] ChangedAt)> RecordAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_recorded is { } done)
            {
                return done;
            }

            using var admin = await ClientAsync("admin");
            var from = DateTimeOffset.UtcNow;
            await Task.Delay(Step);
            var changedAt = new DateTimeOffset[Count];
            for (var n = 0; n < Count; n++)
            {
                changedAt[n] = DateTimeOffset.UtcNow;
                using var response = await admin.PutAsJsonAsync("/api/v1/mission/settings", new { nightSunElevationDeg = Threshold(n) });
                response.StatusCode.Should().Be(HttpStatusCode.OK);
                await Task.Delay(Step);
            }

            _recorded = (from, DateTimeOffset.UtcNow, changedAt);
            return _recorded.Value;
        }
        finally
        {
            _once.Release();
        }
    }
}
