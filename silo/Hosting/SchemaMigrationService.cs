using PeaceOps.Ops.Storage.Schema;

namespace PeaceOps.Ops.Silo.Hosting;

/// <summary>Brings the database schema up to date before the silo starts; a newer schema stops the start.</summary>
public sealed class SchemaMigrationService(SchemaMigrator migrator, ILogger<SchemaMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applied = await migrator.MigrateAsync(cancellationToken);
            if (applied.Count > 0)
            {
                logger.LogInformation("Database schema migrated to version {Version} (applied {Applied})", migrator.LatestVersion, string.Join(", ", applied));
            }
            else
            {
                logger.LogInformation("Database schema is current (version {Version})", migrator.LatestVersion);
            }
        }
        catch (SchemaTooNewException ex)
        {
            throw new StartupException(ex.Message, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
