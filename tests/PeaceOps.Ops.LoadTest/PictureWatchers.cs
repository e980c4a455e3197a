using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using PeaceOps.Ops.Dashboard.Hub.Picture;

namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// The SignalR clients (MessagePack, as the dashboard's heavy users would connect): each one records, for every measured
/// position it is shown, the time since the report was due and since its post started; it counts sequence gaps and
/// disconnects. Handlers only read a clock and bump counters, so 50 clients cost the tool little CPU.
/// </summary>
public sealed class PictureWatchers(Uri url, string token, LoadClock clock, ReportSender sender, LoadSettings settings) : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly HashSet<(int, long)> _shownToFirst = [];
    private int _disconnects;
    private long _gaps;

    public Histogram FromDue { get; } = new();

    public Histogram FromSent { get; } = new();

    /// <summary>
    /// <see cref="FromDue"/> split by when the report was due: in a burst second or the one after it (positions held back
    /// by the 2/s-per-aircraft throttle trail into it), or in a base second. Tells the throttle's share of the tail apart.
    /// </summary>
    public Histogram FromDueAroundBursts { get; } = new();

    public Histogram FromDueBaseSeconds { get; } = new();

    public int Count => _connections.Count;

    public int Disconnects => Volatile.Read(ref _disconnects);

    public long Gaps => Interlocked.Read(ref _gaps);

    /// <summary>Measured reports the first client was shown (the rest were coalesced away by the 2/s-per-aircraft throttle).</summary>
    public int ShownToFirst
    {
        get
        {
            lock (_shownToFirst)
            {
                return _shownToFirst.Count;
            }
        }
    }

    public async Task ConnectAsync(int clients)
    {
        for (var c = 0; c < clients; c++)
        {
            var first = c == 0;
            var last = -1L;
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(url, "/hubs/ops"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
                .AddMessagePackProtocol()
                .Build();
            connection.On<PictureView>("snapshot", picture => Volatile.Write(ref last, picture.Sequence));
            connection.On<ChangesView>("changes", batch => OnChanges(batch, first, ref last));
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref _disconnects);
                return Task.CompletedTask;
            };
            await connection.StartAsync();
            _connections.Add(connection);
        }
    }

    private void OnChanges(ChangesView batch, bool first, ref long last)
    {
        var now = clock.Elapsed;
        if (last >= 0 && batch.FromSequence > last + 1)
        {
            Interlocked.Increment(ref _gaps);
        }

        last = Math.Max(last, batch.ToSequence);
        foreach (var change in batch.Changes)
        {
            if (change.Kind != "aircraftMoved" || change.Position is not { } position || change.AircraftId is not { } id || !id.StartsWith("LT-", StringComparison.Ordinal))
            {
                continue;
            }

            var key = (int.Parse(id.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture) - 1, ReportSender.Micros(position.ReportedAt));
            if (!sender.SentAt.TryGetValue(key, out var sentAt))
            {
                continue;
            }

            var due = clock.ElapsedAt(position.ReportedAt);
            FromDue.Add(now - due);
            var second = (int)Math.Floor(due.TotalSeconds) - settings.Warmup;
            (ReportSchedule.IsBurst(settings, second) || ReportSchedule.IsBurst(settings, second - 1) ? FromDueAroundBursts : FromDueBaseSeconds).Add(now - due);
            FromSent.Add(now - sentAt);
            if (first)
            {
                lock (_shownToFirst)
                {
                    _shownToFirst.Add(key);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
