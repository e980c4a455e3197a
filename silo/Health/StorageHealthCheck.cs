using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PeaceOps.Ops.Storage;

namespace PeaceOps.Ops.Silo.Health;

/// <summary>Healthy when the database answers a trivial query.</summary>
public sealed class StorageHealthCheck(IDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy(database.Description);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{database.Description} does not answer: {ex.Message}");
        }
    }
}
