using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace PeaceOps.Ops.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in the data directory, in WAL mode so that readers (replay, queries)
/// never wait for the writer and a crash loses no committed event.
/// </summary>
public sealed class SqliteDatabase : IDatabase
{
    public const string FileName = "peaceops.db";

    private readonly string _connectionString;

    public SqliteDatabase(string databasePath)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string Description => $"SQLite {DatabasePath}";

    /// <summary>The database file inside a data directory.</summary>
    public static SqliteDatabase InDirectory(string dataDirectory) => new(Path.Combine(dataDirectory, FileName));

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // WAL is persistent in the file; synchronous=NORMAL is safe with WAL (no corruption, a power cut may
        // lose the last transactions but never a torn one); busy_timeout lets writers queue instead of failing.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;");
        return connection;
    }

    public Task<DbTransaction> BeginExclusiveTransactionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        // deferred: false issues BEGIN IMMEDIATE: the write lock is taken now, not at the first write.
        var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return Task.FromResult<DbTransaction>(transaction);
    }
}
