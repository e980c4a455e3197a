using Orleans.Concurrency;

namespace PeaceOps.Ops.Contracts.Notifications;

/// <summary>
/// One per web host (the GPSTracker pattern): the host creates it with IGrainFactory.CreateObjectReference and subscribes
/// it to the picture grain, renewing before the lease ends; the host relays batches to its SignalR clients.
/// One-way, so a slow or dead host never holds up the picture.
/// </summary>
[Alias("peaceops.IOpsChangeObserver")]
public interface IOpsChangeObserver : IGrainObserver
{
    [Alias("OnChanges")]
    [OneWay]
    Task OnChanges(OpsChangeBatch batch);
}
