using System.Threading.Channels;
using PeaceOps.Ops.Contracts.Notifications;

namespace PeaceOps.Ops.Dashboard.Relay;

/// <summary>This host's observer of the picture grain: hands batches to the relay and returns at once (one-way calls).</summary>
public sealed class OpsChangeObserver : IOpsChangeObserver
{
    private readonly Channel<OpsChangeBatch> _batches = Channel.CreateUnbounded<OpsChangeBatch>(new UnboundedChannelOptions { SingleReader = false });

    public ChannelReader<OpsChangeBatch> Batches => _batches.Reader;

    public Task OnChanges(OpsChangeBatch batch)
    {
        _batches.Writer.TryWrite(batch);
        return Task.CompletedTask;
    }
}
