using System.Collections.Concurrent;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Replay.Playback;

/// <summary>
/// The playbacks in progress, one per client connection: the hub starts, pauses, seeks and stops them by connection id,
/// and a disconnect stops the client's playback. Frames go to that client only; live clients never see them.
/// </summary>
public sealed class ReplaySessions(PictureAtTime pictures, IEventStore events, PositionHistory positions, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (ReplaySession Session, CancellationTokenSource Stop)> _sessions = new(StringComparer.Ordinal);

    /// <summary>Checks a request against the log; errors by field name, empty when it can be played.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(ReplayRequest request, TimeSpan beforeLogGrace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Validate(await pictures.LogStartAsync(cancellationToken), time.GetUtcNow(), beforeLogGrace);
    }

    /// <summary>
    /// Starts (or restarts) the client's playback; frames go through <paramref name="send"/> until the end or a stop.
    /// A playback that fails ends and reports why to <paramref name="failed"/>: nobody awaits it, so it would vanish silently.
    /// </summary>
    public void Start(string connectionId, ReplayRequest request, Func<ReplayFrame, CancellationToken, Task> send, TimeSpan? tick = null, Action<Exception>? failed = null)
    {
        Stop(connectionId);
        var session = new ReplaySession(pictures, events, positions, time, request) { Tick = tick ?? TimeSpan.FromMilliseconds(100) };
        var stop = new CancellationTokenSource();
        _sessions[connectionId] = (session, stop);
        _ = Task.Run(async () =>
        {
            try
            {
                await session.RunAsync(send, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped by the client or its disconnect.
            }
            catch (Exception ex)
            {
                failed?.Invoke(ex);
            }
            finally
            {
                _sessions.TryRemove(new KeyValuePair<string, (ReplaySession, CancellationTokenSource)>(connectionId, (session, stop)));
            }
        }, CancellationToken.None);
    }

    public bool Pause(string connectionId) => With(connectionId, s => s.Pause());

    public bool Resume(string connectionId) => With(connectionId, s => s.Resume());

    public bool Seek(string connectionId, DateTimeOffset to) => With(connectionId, s => s.Seek(to));

    public bool Stop(string connectionId)
    {
        if (_sessions.TryRemove(connectionId, out var entry))
        {
            entry.Stop.Cancel();
            entry.Stop.Dispose();
            return true;
        }

        return false;
    }

    public bool IsPlaying(string connectionId) => _sessions.ContainsKey(connectionId);

    private bool With(string connectionId, Action<ReplaySession> act)
    {
        if (_sessions.TryGetValue(connectionId, out var entry))
        {
            act(entry.Session);
            return true;
        }

        return false;
    }
}
