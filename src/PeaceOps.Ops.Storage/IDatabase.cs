using System.Data.Common;

namespace PeaceOps.Ops.Storage;

/// <summary>One database the product writes to, whichever provider it is.</summary>
public interface IDatabase
{
    DatabaseProvider Provider { get; }

    /// <summary>Where the data is, for the start-up log and error messages (never includes a password).</summary>
    string Description { get; }

    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>A transaction that holds the database's write lock from its first statement (schema changes, group commits).</summary>
    Task<DbTransaction> BeginExclusiveTransactionAsync(DbConnection connection, CancellationToken cancellationToken = default);
}
