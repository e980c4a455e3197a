using Dapper;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Tests.Support;

namespace PeaceOps.Ops.Storage.Tests.Schema;

/// <summary>
/// Migration 0006 replaces SQLite's unique index on idempotency keys by one in sequence order, from which the
/// store's map of keys is filled; a file written before it still refuses the retry of a command it recorded.
/// </summary>
public sealed class SqliteIdempotencyKeyMigrationTests() : StorageTest(null)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override bool MigrateFirst => false;

    [Fact]
    public async Task A_file_from_before_the_key_map_is_upgraded_and_still_refuses_a_recorded_key()
    {
        var migrations = MigrationCatalog.For(DatabaseProvider.Sqlite);
        var keyMap = migrations.Single(m => m.Name == "idempotency_keys_in_memory");
        await using (var connection = await Database.OpenConnectionAsync(Ct))
        {
            // What the build before 0006 left behind: every earlier migration, and keyed events written with it.
            await SchemaBefore.ApplyAsync(connection, DatabaseProvider.Sqlite, keyMap.Version);

            await connection.ExecuteAsync(
                """
                INSERT INTO events (stream_id, version, type, data, occurred_at, recorded_at, actor, idempotency_key)
                VALUES ('incident-1', 1, 'IncidentReported', '{}', 0, 0, 'duty.officer@unmiss', 'cmd-1'),
                       ('incident-1', 2, 'OptionsProposed', '{}', 0, 0, 'system', NULL),
                       ('incident-2', 1, 'IncidentReported', '{}', 0, 0, 'duty.officer@unmiss', 'cmd-2')
                """);
        }

        var applied = await new SchemaMigrator(Database, Time).MigrateAsync(Ct);

        applied.Should().Equal(migrations.Where(m => m.Version >= keyMap.Version).Select(m => m.Version));
        (await IndexesAsync()).Should().Contain("ix_events_idempotency_keys_in_order").And.NotContain("ix_events_idempotency_key");
        var store = NewEventStore();
        var retry = () => store.AppendAsync("incident-3", 0, [new NewEvent("IncidentReported", "{}", Start, "duty.officer@unmiss", IdempotencyKey: "cmd-2")], Ct);
        (await retry.Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.StreamId.Should().Be("incident-2");
        (await store.AppendAsync("incident-3", 0, [new NewEvent("IncidentReported", "{}", Start, "duty.officer@unmiss", IdempotencyKey: "cmd-3")], Ct)).Should().Be(1);
    }

    private async Task<List<string>> IndexesAsync()
    {
        await using var connection = await Database.OpenConnectionAsync(Ct);
        return (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")).ToList();
    }
}
