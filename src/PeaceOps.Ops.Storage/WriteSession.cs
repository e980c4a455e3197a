using System.Data.Common;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Storage;

/// <summary>
/// A connection with an open write transaction. SQLite writers first queue on the in-process gate; with
/// <c>exclusive</c>, the transaction holds the database's write lock from its first statement (PostgreSQL: the
/// advisory lock) so that checks made inside it stay true until commit.
/// </summary>
internal sealed class WriteSession : IAsyncDisposable
{
    private readonly SemaphoreSlim? _gate;

    private WriteSession(DbConnection connection, DbTransaction transaction, SemaphoreSlim? gate)
    {
        Connection = connection;
        Transaction = transaction;
        _gate = gate;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public static async Task<WriteSession> BeginAsync(IDatabase database, bool exclusive, CancellationToken cancellationToken)
    {
        var gate = (database as SqliteDatabase)?.WriteGate;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        DbConnection? connection = null;
        try
        {
            connection = await database.OpenConnectionAsync(cancellationToken);
            var transaction = exclusive || gate is not null
                ? await database.BeginExclusiveTransactionAsync(connection, cancellationToken)
                : await connection.BeginTransactionAsync(cancellationToken);
            return new WriteSession(connection, transaction, gate);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            gate?.Release();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            _gate?.Release();
        }
    }
}
