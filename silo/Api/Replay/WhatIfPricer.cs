using PeaceOps.Ops.Contracts.Events;
using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Storage.EventStore;

namespace PeaceOps.Ops.Silo.Api.Replay;

/// <summary>
/// Prices each incident's what-if costs once, in the background, when it reaches a terminal state (closed, cancelled,
/// mission aborted), so that no report ever runs the engine over a period. It follows the event log by sequence
/// rather than being told by the incident grain: the log is the record of what closed, a restart loses nothing (the
/// first pass after start reads the whole log and prices every terminal incident without recorded figures, oldest
/// first), and grains stay free of replay concerns. One incident at a time: pricing is CPU work on the cores live
/// tasking needs, and a night incident takes seconds.
/// </summary>
public sealed partial class WhatIfPricer(
    IEventStore events,
    IncidentHistoryReader histories,
    RecordedWhatIfCosts costs,
    WhatIfCostStore store,
    TimeProvider time,
    ILogger<WhatIfPricer> logger) : BackgroundService
{
    /// <summary>Events after which the incident's inputs are final and a reviewer may ask for its figures.</summary>
    public static readonly IReadOnlySet<string> TerminalEvents = new HashSet<string>(StringComparer.Ordinal) { "IncidentClosed", "IncidentCancelled", "MissionAborted" };

    private const int Page = 5_000;

    private readonly Dictionary<string, (long Reported, long? FirstOptions)> _keys = new(StringComparer.Ordinal);
    private readonly Queue<string> _queue = new();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly List<(int Passes, TaskCompletionSource Done)> _waiters = [];
    private readonly SemaphoreSlim _passing = new(1, 1);
    private HashSet<long>? _priced;
    private long _cursor;
    private int _passes;

    /// <summary>How often the log is checked for newly closed incidents: a closed incident is priced within this plus its pricing time.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Incidents this pricer has worked out since start (figures found already recorded are not counted).</summary>
    public int Priced { get; private set; }

    /// <summary>Terminal incidents seen but not yet priced.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Completes once <paramref name="passes"/> passes over the log have finished since start (for tests and benchmarks: no sleeping).</summary>
    public Task WhenPassesCompletedAsync(int passes)
    {
        lock (_gate)
        {
            if (_passes >= passes)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((passes, done));
            return done.Task;
        }
    }

    /// <summary>
    /// One pass: reads the log written since the last pass, queues the incidents that reached a terminal state, and
    /// prices every queued incident without recorded figures, oldest first. Returns how many it worked out.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _passing.WaitAsync(cancellationToken);
        try
        {
            _priced ??= [.. await store.PricedSequencesAsync(cancellationToken)];
            await ReadNewEventsAsync(cancellationToken);
            var worked = 0;
            while (Next() is { } incidentId)
            {
                if (await PriceAsync(incidentId, cancellationToken))
                {
                    worked++;
                }

                lock (_gate)
                {
                    _queue.Dequeue();
                    _queued.Remove(incidentId);
                }
            }

            return worked;
        }
        finally
        {
            _passing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var worked = await CatchUpAsync(stoppingToken);
                if (worked > 0)
                {
                    LogPriced(worked, Priced);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The pricer must outlive a bad pass (a database hiccup): the next pass retries; reports show the figures as pending meanwhile.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPassFailed(ex);
            }

            // The timer is set before the pass is announced, so a test that advances a fake clock after the
            // announcement always wakes the next pass.
            var delay = Task.Delay(PollInterval, time, stoppingToken);
            Announce();
            try
            {
                await delay;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReadNewEventsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await events.ReadAllAsync(_cursor, Page, cancellationToken);
            foreach (var e in page)
            {
                _cursor = e.Sequence;
                if (!StreamIds.IsIncident(e.StreamId))
                {
                    continue;
                }

                var incidentId = StreamIds.EntityId(e.StreamId);
                if (e.Type == "IncidentReported")
                {
                    _keys.TryAdd(incidentId, (e.Sequence, null));
                }
                else if (e.Type == "OptionsProposed" && _keys.TryGetValue(incidentId, out var key) && key.FirstOptions is null)
                {
                    _keys[incidentId] = key with { FirstOptions = e.Sequence };
                }
                else if (TerminalEvents.Contains(e.Type) && _keys.TryGetValue(incidentId, out var terminal)
                         && !_priced!.Contains(RecordedWhatIfCosts.PricingKey(terminal.Reported, terminal.FirstOptions)))
                {
                    lock (_gate)
                    {
                        if (_queued.Add(incidentId))
                        {
                            _queue.Enqueue(incidentId);
                        }
                    }
                }
            }

            if (page.Count < Page)
            {
                return;
            }
        }
    }

    private string? Next()
    {
        lock (_gate)
        {
            return _queue.TryPeek(out var incidentId) ? incidentId : null;
        }
    }

    /// <summary>True when the engine ran; false when the figures were there already (an after-action report priced it) or the incident could not be read.</summary>
    private async Task<bool> PriceAsync(string incidentId, CancellationToken cancellationToken)
    {
        var key = _keys[incidentId];
        var sequence = RecordedWhatIfCosts.PricingKey(key.Reported, key.FirstOptions);
        if (_priced!.Contains(sequence))
        {
            return false;
        }

        var history = await histories.ReadAsync(incidentId, cancellationToken);
        if (history is null)
        {
            return false;
        }

        try
        {
            if (await costs.RecordedAsync(history, cancellationToken) is null)
            {
                await costs.CostAsync(history, cancellationToken);
                Priced++;
                _priced.Add(sequence);
                return true;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One incident the engine cannot price must not hold up the rest; it stays pending and is tried again after a restart.
            LogIncidentFailed(incidentId, ex);
        }

        _priced.Add(sequence);
        return false;
    }

    private void Announce()
    {
        lock (_gate)
        {
            _passes++;
            foreach (var waiter in _waiters.Where(w => w.Passes <= _passes).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "What-if costs priced in the background for {Count} incident(s) this pass ({Total} since start).")]
    private partial void LogPriced(int count, int total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A background what-if pricing pass failed; the next pass retries.")]
    private partial void LogPassFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "What-if costs of incident {IncidentId} could not be worked out; it stays pending until the next restart.")]
    private partial void LogIncidentFailed(string incidentId, Exception exception);
}
