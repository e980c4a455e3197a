using Dapper;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;
using PeaceOps.Ops.Storage.Tests.Support;

namespace PeaceOps.Ops.Storage.Tests.Schema;

/// <summary>
/// Migration 0005 replaces the SQLite index on occurred_at by one on the second it falls in (a group's inserts then
/// land on a few pages instead of one random page per event); a file written before it keeps its events and reads.
/// </summary>
public sealed class SqliteTimeIndexMigrationTests() : StorageTest(null)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override bool MigrateFirst => false;

    [Fact]
    public async Task A_file_from_before_the_second_index_is_upgraded_and_still_reads_by_time_exactly()
    {
        var migrations = MigrationCatalog.For(DatabaseProvider.Sqlite);
        var timeIndex = migrations.Single(m => m.Name == "time_index_by_second");
        await using (var connection = await Database.OpenConnectionAsync(Ct))
        {
            // What the build before 0005 left behind: every earlier migration, and events written with it.
            await SchemaBefore.ApplyAsync(connection, DatabaseProvider.Sqlite, timeIndex.Version);
        }

        var store = NewEventStore();
        await store.AppendAsync("incident-7", 0, [At("Reported", Start), At("Tasked", Start.AddSeconds(1.5)), At("Closed", Start.AddHours(1))], Ct);
        (await IndexesAsync()).Should().Contain("ix_events_occurred_at").And.NotContain("ix_events_occurred_second");

        var applied = await new SchemaMigrator(Database, Time).MigrateAsync(Ct);

        applied.Should().Equal(migrations.Where(m => m.Version >= timeIndex.Version).Select(m => m.Version));
        (await IndexesAsync()).Should().Contain("ix_events_occurred_second").And.NotContain("ix_events_occurred_at");
        (await store.ReadByTimeAsync(Start.AddTicks(10), Start.AddHours(1), 10, Ct)).Select(e => e.Type).Should().Equal("Tasked");
        (await store.ReadByTimeAsync(Start, Start.AddHours(1).AddTicks(10), 10, Ct)).Select(e => e.Type).Should().Equal("Reported", "Tasked", "Closed");
    }

    [Fact]
    public async Task Reading_by_time_is_served_by_the_second_index_not_a_scan_of_the_log()
    {
        await new SchemaMigrator(Database, Time).MigrateAsync(Ct);
        await using var connection = await Database.OpenConnectionAsync(Ct);

        var plan = new List<string>();
        await using (var reader = await connection.ExecuteReaderAsync(
            $"EXPLAIN QUERY PLAN SELECT sequence FROM events WHERE {SqliteEventStore.OccurredBetweenSql} ORDER BY sequence",
            new { from = 0L, to = 1L }))
        {
            while (await reader.ReadAsync(Ct))
            {
                plan.Add(reader.GetString(3));
            }
        }

        plan.Should().Contain(d => d.Contains("USING INDEX ix_events_occurred_second", StringComparison.Ordinal));
    }

    private static NewEvent At(string type, DateTimeOffset at) => new(type, "{}", at, "duty.officer@unmiss");

    private async Task<List<string>> IndexesAsync()
    {
        await using var connection = await Database.OpenConnectionAsync(Ct);
        return (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")).ToList();
    }
}
