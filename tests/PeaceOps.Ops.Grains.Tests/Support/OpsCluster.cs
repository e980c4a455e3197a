using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Storage;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.GrainState;
using PeaceOps.Ops.Storage.GroupCommit;
using PeaceOps.Ops.Storage.Positions;
using PeaceOps.Ops.Storage.Postgres;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Grains.Tests.Support;

/// <summary>
/// Two silos in this process over one real database, with a fake clock: a SQLite file in a temp directory (the
/// embedded default) or a fresh database on a throw-away PostgreSQL server (cluster mode). Each silo composes its
/// storage as the host's StorageRegistration does: its own database object, the event store behind group commit,
/// the position log with group commit, the grain-state store. <see cref="RestartAsync"/> stops every silo (their
/// containers dispose the batchers, flushing them, and the connection pools) and starts a new cluster over the same
/// data: what survives is what was stored.
/// </summary>
public sealed class OpsCluster : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory? _directory;
    private readonly string? _postgresConnectionString;
    private readonly IDatabase _outside;
    private InProcessTestCluster? _cluster;

    private OpsCluster(TempDirectory? directory, string? postgresConnectionString)
    {
        _directory = directory;
        _postgresConnectionString = postgresConnectionString;
        _outside = OpenDatabase();
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public DatabaseProvider Provider => _postgresConnectionString is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public IClusterClient Client => _cluster!.Client;

    /// <summary>The SQLite file (SQLite clusters only).</summary>
    public string DatabasePath => (_outside as SqliteDatabase)?.DatabasePath ?? throw new InvalidOperationException("This cluster runs on PostgreSQL; it has no database file.");

    /// <summary>The event store as a reader outside the cluster sees it.</summary>
    public IEventStore Events => _outside switch
    {
        SqliteDatabase sqlite => new SqliteEventStore(sqlite, Time),
        PostgresDatabase postgres => new PostgresEventStore(postgres, Time),
        _ => throw new NotSupportedException(),
    };

    /// <summary>The position log as a reader outside the cluster sees it (reads only: its writer is never used).</summary>
    public PositionLog OpenPositionLog() => new(_outside, Time);

    /// <summary>Over a SQLite file in a temp directory.</summary>
    public static Task<OpsCluster> StartAsync() => StartAsync(new OpsCluster(new TempDirectory("peaceops-grains"), null));

    /// <summary>Over an empty database of its own on <paramref name="postgres"/>.</summary>
    public static async Task<OpsCluster> StartAsync(PostgresServer postgres)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        return await StartAsync(new OpsCluster(null, await postgres.CreateDatabaseAsync()));
    }

    public T Grain<T>(string key)
        where T : IGrainWithStringKey => Client.GetGrain<T>(key);

    public async Task RestartAsync()
    {
        await _cluster!.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        await DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        if (_outside is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory?.Dispose();
    }

    private static async Task<OpsCluster> StartAsync(OpsCluster cluster)
    {
        try
        {
            await new SchemaMigrator(cluster._outside, cluster.Time).MigrateAsync();
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private IDatabase OpenDatabase() => _postgresConnectionString is null
        ? SqliteDatabase.InDirectory(_directory!.Path)
        : new PostgresDatabase(_postgresConnectionString);

    private async Task DeployAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            var services = silo.Services;
            services.AddSingleton<TimeProvider>(Time);
            // A database object per silo, created by the silo's container so that stopping the silo disposes it
            // (PostgreSQL: its connection pool), as in a real process.
            services.AddSingleton(_ => OpenDatabase());
            services.AddSingleton<SqlEventStore>(sp => sp.GetRequiredService<IDatabase>() switch
            {
                SqliteDatabase sqlite => new SqliteEventStore(sqlite, Time),
                PostgresDatabase postgres => new PostgresEventStore(postgres, Time),
                _ => throw new NotSupportedException(),
            });
            // As StorageRegistration: group commit on real time (I/O batching), the fake clock for recorded times.
            services.AddSingleton(sp => new EventAppendBatcher(sp.GetRequiredService<SqlEventStore>(), GroupCommitOptions.Commands, TimeProvider.System));
            services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<EventAppendBatcher>());
            services.AddSingleton(sp => new PositionLog(sp.GetRequiredService<IDatabase>(), Time, new GroupCommitOptions(), TimeProvider.System));
            services.AddSingleton<IPositionLog>(sp => sp.GetRequiredService<PositionLog>());
            services.AddSingleton<GrainStateStore>();
            services.AddSingleton<IOptionPlanner, ScriptedPlanner>();
            silo.AddPeaceOpsGrains();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }
}
