using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PeaceOps.Ops.Silo.Health;

/// <summary>Unhealthy while any start-up gate is still closed, naming the ones it waits for.</summary>
public sealed class ReadinessGatesHealthCheck(ReadinessGates gates) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = gates.Pending;
        return Task.FromResult(pending.Count == 0
            ? HealthCheckResult.Healthy("started")
            : HealthCheckResult.Unhealthy("waiting for: " + string.Join(", ", pending)));
    }
}
