namespace PeaceOps.Ops.LoadTest;

/// <summary>
/// How long the tool's own thread pool takes to start a work item, sampled every 10 ms from a dedicated thread. The clients
/// take their receive timestamps on pool threads: if this lag is long, part of a measured latency is the tool's, not the product's.
/// </summary>
public sealed class PoolLagMonitor : IDisposable
{
    private readonly LoadClock _clock;
    private readonly Thread _thread;
    private volatile bool _stopped;

    public PoolLagMonitor(LoadClock clock)
    {
        _clock = clock;
        _thread = new Thread(Sample) { IsBackground = true, Name = "pool lag monitor" };
        _thread.Start();
    }

    public Histogram Lag { get; } = new();

    private void Sample()
    {
        while (!_stopped)
        {
            var queued = _clock.Elapsed;
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Monitor.Lag.Add(state.Monitor._clock.Elapsed - state.Queued), (Monitor: this, Queued: queued), preferLocal: false);
            Thread.Sleep(10);
        }
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }
}
