using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Storage;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.GrainState;
using PeaceOps.Ops.Storage.GroupCommit;
using PeaceOps.Ops.Storage.Positions;
using PeaceOps.Ops.Storage.Postgres;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Silo.Hosting;

public static class StorageRegistration
{

    /// <summary>
    /// The database the settings name, its schema migration ahead of everything else that starts, and the stores
    /// over it: <see cref="IEventStore"/>, <see cref="IPositionLog"/>, <see cref="GrainStateStore"/>.
    /// </summary>
    public static IServiceCollection AddPeaceOpsStorage(this IServiceCollection services, PeaceOpsOptions options, string dataDirectory)
    {
        switch (options.Storage.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteDatabase.InDirectory(dataDirectory);
                services.AddSingleton(sqlite);
                services.AddSingleton<IDatabase>(sqlite);
                services.AddSingleton<SqlEventStore>(sp => new SqliteEventStore(sqlite, sp.GetRequiredService<TimeProvider>()));
                break;
            case DatabaseProvider.Postgres:
                var connectionString = options.Storage.ConnectionString
                    ?? throw new StartupException("PeaceOps:Storage:ConnectionString is required when PeaceOps:Storage:Provider is Postgres.");
                // Created by the container so that it disposes the data source (and its pooled connections) at shutdown.
                services.AddSingleton(_ => new PostgresDatabase(connectionString));
                services.AddSingleton<IDatabase>(sp => sp.GetRequiredService<PostgresDatabase>());
                services.AddSingleton<SqlEventStore>(sp => new PostgresEventStore(sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>()));
                break;
            default:
                throw new StartupException($"PeaceOps:Storage:Provider={options.Storage.Provider} is not available in this build.");
        }

        // Grains append through group commit: concurrent appends share one transaction and one fsync, and a command
        // does not wait for company (GroupCommitOptions.Commands). Its timer is real time on purpose (I/O batching,
        // not domain time): a FakeTimeProvider must not stall appends.
        services.AddSingleton(sp => new EventAppendBatcher(sp.GetRequiredService<SqlEventStore>(), GroupCommitOptions.Commands, TimeProvider.System));
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<EventAppendBatcher>());
        services.AddSingleton(sp => new PositionLog(sp.GetRequiredService<IDatabase>(), sp.GetRequiredService<TimeProvider>(), new GroupCommitOptions(), TimeProvider.System));
        services.AddSingleton<IPositionLog>(sp => sp.GetRequiredService<PositionLog>());
        services.AddSingleton<GrainStateStore>();
        services.AddSingleton<SchemaMigrator>();
        services.AddHostedService<SchemaMigrationService>();
        return services;
    }
}
