using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Postgres;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.Support;

/// <summary>
/// A fresh, migrated database per test, from SQLite (a temp file) or a real PostgreSQL server; contract test
/// classes derive from this once and are run against each provider by a two-line subclass.
/// </summary>
public abstract class StorageTest : IAsyncLifetime
{
    // Sub-microsecond ticks on purpose: the stores must truncate them the same way on both providers.
    protected static readonly DateTimeOffset Start = new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero).AddTicks(1_234_567);

    private readonly PostgresServer? _postgres;
    private TempDirectory? _directory;

    /// <summary>SQLite when <paramref name="postgres"/> is null.</summary>
    protected StorageTest(PostgresServer? postgres) => _postgres = postgres;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected IDatabase Database { get; private set; } = null!;

    /// <summary>Whether the test starts from a migrated database (schema tests start from an empty one).</summary>
    protected virtual bool MigrateFirst => true;

    public async ValueTask InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        if (MigrateFirst)
        {
            await new SchemaMigrator(Database, Time).MigrateAsync(TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Another database object over the same data (a second process, or the same one after a restart).</summary>
    protected IDatabase OpenSameDatabase() => Database switch
    {
        SqliteDatabase sqlite => new SqliteDatabase(sqlite.DatabasePath),
        PostgresDatabase postgres => new PostgresDatabase(postgres.DataSource.ConnectionString),
        _ => throw new NotSupportedException(),
    };

    protected SqlEventStore NewEventStore(IDatabase? database = null) => (database ?? Database) switch
    {
        SqliteDatabase sqlite => new SqliteEventStore(sqlite, Time),
        PostgresDatabase postgres => new PostgresEventStore(postgres, Time),
        _ => throw new NotSupportedException(),
    };

    public async ValueTask DisposeAsync()
    {
        if (Database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        _directory?.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<IDatabase> CreateDatabaseAsync()
    {
        if (_postgres is null)
        {
            _directory = new TempDirectory("peaceops-storage");
            return SqliteDatabase.InDirectory(_directory.Path);
        }

        return new PostgresDatabase(await _postgres.CreateDatabaseAsync());
    }
}
