using System.Data.Common;
using Dapper;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Tests.Support;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.Schema;

/// <summary>The product creates and upgrades its own schema, idempotently, and never touches a newer one.</summary>
public abstract class SchemaMigrationContract(PostgresServer? postgres) : StorageTest(postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override bool MigrateFirst => false;

    private IReadOnlyList<Migration> Migrations => MigrationCatalog.For(Database.Provider);

    [Fact]
    public async Task An_empty_database_gets_every_migration_in_order()
    {
        var migrator = new SchemaMigrator(Database, Time);
        (await migrator.CurrentVersionAsync(Ct)).Should().Be(0);

        var applied = await migrator.MigrateAsync(Ct);

        applied.Should().Equal(Enumerable.Range(1, Migrations.Count));
        (await migrator.CurrentVersionAsync(Ct)).Should().Be(migrator.LatestVersion);
        foreach (var table in new[] { "events", "grain_state", "position_reports", "snapshots" })
        {
            (await TableExistsAsync(table)).Should().BeTrue(table);
        }
    }

    [Fact]
    public async Task Migrating_a_current_database_again_applies_nothing()
    {
        var migrator = new SchemaMigrator(Database, Time);
        await migrator.MigrateAsync(Ct);

        var again = await new SchemaMigrator(OpenSameDatabase(), Time).MigrateAsync(Ct);

        again.Should().BeEmpty();
        (await CountAsync("SELECT COUNT(*) FROM schema_version")).Should().Be(Migrations.Count);
    }

    [Fact]
    public async Task A_database_left_by_an_older_build_is_upgraded_and_keeps_its_data()
    {
        // What build 1 left behind: the first migration and one event written with it.
        await using (var connection = await Database.OpenConnectionAsync(Ct))
        {
            await connection.ExecuteAsync("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            await connection.ExecuteAsync(Migrations[0].Sql);
            await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (1, @Name, '2026-01-01T00:00:00Z')", new { Migrations[0].Name });
        }

        await NewEventStore().AppendAsync("incident-old", 0, [new NewEvent("IncidentReported", "{}", Start, "ops")], Ct);

        var applied = await new SchemaMigrator(Database, Time).MigrateAsync(Ct);

        applied.Should().Equal(Enumerable.Range(2, Migrations.Count - 1));
        (await NewEventStore().ReadStreamAsync("incident-old", cancellationToken: Ct)).Should().ContainSingle();
        (await new SchemaMigrator(Database, Time).MigrateAsync(Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_and_left_untouched()
    {
        var migrator = new SchemaMigrator(Database, Time);
        await migrator.MigrateAsync(Ct);
        var newer = migrator.LatestVersion + 1;
        await using (var connection = await Database.OpenConnectionAsync(Ct))
        {
            await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (@newer, 'from_the_future', '2027-01-01T00:00:00Z')", new { newer });
        }

        var act = () => new SchemaMigrator(Database, Time).MigrateAsync(Ct);

        var refusal = (await act.Should().ThrowAsync<SchemaTooNewException>()).Which;
        refusal.DatabaseVersion.Should().Be(newer);
        refusal.KnownVersion.Should().Be(migrator.LatestVersion);
        refusal.Message.Should().Contain("will not downgrade");
        (await migrator.CurrentVersionAsync(Ct)).Should().Be(newer);
    }

    [Fact]
    public async Task Two_processes_migrating_at_once_apply_each_migration_once()
    {
        var first = new SchemaMigrator(Database, Time);
        var second = new SchemaMigrator(OpenSameDatabase(), Time);

        var results = await Task.WhenAll(Task.Run(() => first.MigrateAsync(Ct), Ct), Task.Run(() => second.MigrateAsync(Ct), Ct));

        results.SelectMany(r => r).Should().Equal(Enumerable.Range(1, Migrations.Count));
        (await CountAsync("SELECT COUNT(*) FROM schema_version")).Should().Be(Migrations.Count);
    }

    [Fact]
    public async Task The_log_refuses_a_second_event_at_the_same_stream_version_even_from_a_raw_insert()
    {
        await new SchemaMigrator(Database, Time).MigrateAsync(Ct);
        await NewEventStore().AppendAsync("incident-x", 0, [new NewEvent("IncidentReported", "{}", Start, "ops")], Ct);

        var occurredAt = Database.Provider == DatabaseProvider.Sqlite ? (object)0L : Start;
        var act = async () =>
        {
            await using var connection = await Database.OpenConnectionAsync(Ct);
            await connection.ExecuteAsync(
                "INSERT INTO events (stream_id, version, type, data, occurred_at, recorded_at, actor) VALUES ('incident-x', 1, 'Forged', '{}', @occurredAt, @occurredAt, 'intruder')",
                new { occurredAt });
        };

        await act.Should().ThrowAsync<DbException>();
    }

    private async Task<bool> TableExistsAsync(string table) => Database.Provider == DatabaseProvider.Sqlite
        ? await CountAsync($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'") == 1
        : await CountAsync($"SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '{table}'") == 1;

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenConnectionAsync(Ct);
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
