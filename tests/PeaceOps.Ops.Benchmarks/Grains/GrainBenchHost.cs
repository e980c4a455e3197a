using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeaceOps.Ops.Grains;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Storage;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.GrainState;
using PeaceOps.Ops.Storage.GroupCommit;
using PeaceOps.Ops.Storage.Positions;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Benchmarks.Grains;

/// <summary>
/// One silo in this process over a SQLite file, composed as the embedded product composes it
/// (silo/Hosting/StorageRegistration.cs, SQLite branch: grains append through group commit, synchronous=FULL), with
/// <see cref="OneOptionPlanner"/> in place of the tasking engine so that command times exclude the computation.
/// Commands go through the co-hosted <see cref="IClusterClient"/>, as the REST API's do.
/// </summary>
internal sealed class GrainBenchHost : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly IHost _host;

    private GrainBenchHost(TempDirectory directory, IHost host)
    {
        _directory = directory;
        _host = host;
    }

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<GrainBenchHost> StartAsync()
    {
        var directory = new TempDirectory("peaceops-grain-bench");
        var database = SqliteDatabase.InDirectory(directory.Path);
        await new SchemaMigrator(database, TimeProvider.System).MigrateAsync();

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IDatabase>(database);
        builder.Services.AddSingleton(sp => new EventAppendBatcher(new SqliteEventStore(database, TimeProvider.System), GroupCommitOptions.Commands, TimeProvider.System));
        builder.Services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<EventAppendBatcher>());
        builder.Services.AddSingleton<IPositionLog>(sp => new PositionLog(database, TimeProvider.System, new GroupCommitOptions(), TimeProvider.System));
        builder.Services.AddSingleton(sp => new GrainStateStore(database, TimeProvider.System));
        builder.Services.AddSingleton<IOptionPlanner, OneOptionPlanner>();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreeTcpPort.Find(), gatewayPort: FreeTcpPort.Find());
            silo.AddPeaceOpsGrains();
        });

        var host = builder.Build();
        await host.StartAsync();
        return new GrainBenchHost(directory, host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
