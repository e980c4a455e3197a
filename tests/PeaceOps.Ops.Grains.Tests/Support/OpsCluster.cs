using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Storage;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.GrainState;
using PeaceOps.Ops.Storage.Positions;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Grains.Tests.Support;

/// <summary>
/// Two silos in this process over one real SQLite event store in a temp file, with a fake clock. <see cref="RestartAsync"/>
/// stops every silo and starts a new cluster over the same file: what survives is what was stored.
/// </summary>
public sealed class OpsCluster : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory _directory = new("peaceops-grains");
    private InProcessTestCluster? _cluster;

    public FakeTimeProvider Time { get; } = new(Start);

    public string DatabasePath => _directory.File(SqliteDatabase.FileName);

    public IClusterClient Client => _cluster!.Client;

    /// <summary>The event store as a reader outside the cluster sees it.</summary>
    public IEventStore Events => new SqliteEventStore(new SqliteDatabase(DatabasePath), Time);

    /// <summary>The position log as a reader outside the cluster sees it (reads only: its writer is never used).</summary>
    public PositionLog OpenPositionLog() => new(new SqliteDatabase(DatabasePath), Time);

    public static async Task<OpsCluster> StartAsync()
    {
        var cluster = new OpsCluster();
        await new SchemaMigrator(new SqliteDatabase(cluster.DatabasePath), cluster.Time).MigrateAsync();
        await cluster.DeployAsync();
        return cluster;
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

        _directory.Dispose();
    }

    private async Task DeployAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            var database = new SqliteDatabase(DatabasePath);
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.Services.AddSingleton<IDatabase>(database);
            silo.Services.AddSingleton<IEventStore>(sp => new SqliteEventStore(database, Time));
            silo.Services.AddSingleton(sp => new GrainStateStore(database, Time));
            silo.Services.AddSingleton<IPositionLog>(sp => new PositionLog(database, Time));
            silo.Services.AddSingleton<IOptionPlanner, ScriptedPlanner>();
            silo.AddPeaceOpsGrains();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }
}
