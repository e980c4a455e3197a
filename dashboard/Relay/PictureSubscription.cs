using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Contracts.Notifications;
using PeaceOps.Ops.Contracts.Picture;

namespace PeaceOps.Ops.Dashboard.Relay;

/// <summary>
/// Keeps this host's observer subscribed to the picture grain (GPSTracker's HubListUpdater): subscribe, renew at half the
/// lease, and start over after a failure (a silo restart loses the subscription with the grain).
/// </summary>
public sealed class PictureSubscription(
    IGrainFactory grains,
    OpsChangeObserver observer,
    TimeProvider time,
    ILogger<PictureSubscription> logger) : BackgroundService
{
    private IOpsChangeObserver? _reference;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _reference = grains.CreateObjectReference<IOpsChangeObserver>(observer);
        var retry = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var lease = await grains.GetGrain<IPictureGrain>(IPictureGrain.Key).Subscribe(_reference);
                wait = lease / 2;
                retry = TimeSpan.FromSeconds(1);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Never stop the host for this: clients still get snapshots and the subscription is retried, backing off.
                logger.LogWarning("Subscribing this host to the picture failed ({Error}); retrying in {Retry}", ex.Message, retry);
                wait = retry;
                retry = TimeSpan.FromSeconds(Math.Min(retry.TotalSeconds * 2, 30));
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference is not null)
        {
            try
            {
                await grains.GetGrain<IPictureGrain>(IPictureGrain.Key).Unsubscribe(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The silo may already be stopping; the lease expires on its own.
                logger.LogDebug(ex, "Unsubscribing from the picture failed");
            }

            grains.DeleteObjectReference<IOpsChangeObserver>(_reference);
        }
    }
}
