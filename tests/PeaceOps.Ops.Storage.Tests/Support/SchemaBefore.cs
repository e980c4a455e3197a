using System.Data.Common;
using Dapper;
using PeaceOps.Ops.Storage.Schema;

namespace PeaceOps.Ops.Storage.Tests.Support;

/// <summary>A database as a build from before a migration left it: every earlier migration applied and recorded.</summary>
internal static class SchemaBefore
{
    public static async Task ApplyAsync(DbConnection connection, DatabaseProvider provider, int version)
    {
        await connection.ExecuteAsync("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var migration in MigrationCatalog.For(provider).Where(m => m.Version < version))
        {
            await connection.ExecuteAsync(migration.Sql);
            await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, '2026-11-01T00:00:00Z')", new { migration.Version, migration.Name });
        }
    }
}
