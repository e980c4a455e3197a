using Dapper;

namespace PeaceOps.Ops.Storage.Schema;

/// <summary>
/// Brings a database to the newest schema this build knows, in one transaction, idempotently.
/// A database written by a newer build is refused: we never downgrade and never guess.
/// </summary>
public sealed class SchemaMigrator(IDatabase database, TimeProvider timeProvider)
{
    public int LatestVersion => Migrations.Count;

    private IReadOnlyList<Migration> Migrations { get; } = MigrationCatalog.For(database.Provider);

    /// <summary>Applies the missing migrations; returns the versions it applied (empty when already current).</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Two processes starting at once must not both migrate: the transaction holds the write lock.
        await using var transaction = await database.BeginExclusiveTransactionAsync(connection, cancellationToken);

        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            transaction: transaction);
        var current = await connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction);
        if (current > LatestVersion)
        {
            throw new SchemaTooNewException(current, LatestVersion);
        }

        var applied = new List<int>();
        foreach (var migration in Migrations.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = timeProvider.GetUtcNow().ToString("O") },
                transaction);
            applied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    /// <summary>The version the database is at now (0 for an empty database).</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var exists = database.Provider == DatabaseProvider.Sqlite
            ? await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0
            : await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('schema_version') IS NOT NULL");
        return exists ? await connection.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version") : 0;
    }
}
