using System.Data.Common;
using Npgsql;

namespace PeaceOps.Ops.Storage.Postgres;

/// <summary>
/// PostgreSQL for a cluster of silos, through one pooled <see cref="NpgsqlDataSource"/>. Exclusive transactions
/// (schema migration, event appends) take a transaction-scoped advisory lock, so that concurrent writers in
/// several processes are serialised and the global sequence is handed out in commit order.
/// </summary>
public sealed class PostgresDatabase : IDatabase, IAsyncDisposable
{
    /// <summary>The advisory lock key: an arbitrary constant that says "PeaceOps writer" ("PeaceOps" as ASCII bytes).</summary>
    public const long WriterLockKey = 0x5065616365_4F7073;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public string Description { get; }

    public NpgsqlDataSource DataSource => _dataSource;

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public async Task<DbTransaction> BeginExclusiveTransactionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        var npgsqlConnection = (NpgsqlConnection)connection;
        var transaction = await npgsqlConnection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", npgsqlConnection, transaction);
            command.Parameters.AddWithValue("key", WriterLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
