using Dapper;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Sqlite;
using PeaceOps.Ops.Storage.Tests.Support;

namespace PeaceOps.Ops.Storage.Tests.EventStore;

/// <summary>
/// SQLite checks idempotency keys against a map in memory, caught up from the log, instead of a unique index
/// (migration 0006). What the contract tests cannot reach: a hash collision, and the index the catch-up reads.
/// </summary>
public sealed class SqliteIdempotencyKeyTests() : StorageTest(null)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Keys_whose_hashes_collide_are_still_told_apart_by_the_key_stored_with_the_event()
    {
        // Every key hashes alike: each check finds a candidate, and only the stored key can say whose it is.
        var store = new SqliteEventStore((SqliteDatabase)Database, Time, new IdempotencyKeyMap(_ => 42));
        await store.AppendAsync("incident-1", 0, [Event("cmd-a")], Ct);
        await store.AppendAsync("incident-2", 0, [Event("cmd-b")], Ct);
        await store.AppendAsync("incident-3", 0, [Event("cmd-c")], Ct);

        var retryOfB = () => store.AppendAsync("incident-9", 0, [Event("cmd-b")], Ct);

        (await retryOfB.Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.StreamId.Should().Be("incident-2");
        (await store.FindByIdempotencyKeyAsync("cmd-c", Ct))!.StreamId.Should().Be("incident-3");
        (await store.FindByIdempotencyKeyAsync("cmd-d", Ct)).Should().BeNull();
        (await store.ReadAllAsync(0, 10, Ct)).Select(e => e.IdempotencyKey).Should().Equal("cmd-a", "cmd-b", "cmd-c");
    }

    [Fact]
    public async Task A_store_opened_on_a_log_that_already_has_keys_refuses_their_retries()
    {
        var batcher = new EventAppendBatcher(new SqliteEventStore((SqliteDatabase)Database, Time));
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => batcher.AppendAsync($"aircraft-{i}", 0, [Event($"report-{i}")], Ct)));
        await batcher.DisposeAsync();

        // A restart: a new store starts with an empty map and must fill it from the log before its first check.
        var restarted = new SqliteEventStore((SqliteDatabase)Database, Time);
        var retry = () => restarted.AppendAsync("aircraft-99", 0, [Event("report-37")], Ct);

        (await retry.Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.StreamId.Should().Be("aircraft-37");
        (await restarted.ReadLastSequenceAsync(Ct)).Should().Be(50);
    }

    [Fact]
    public async Task Catching_up_on_keys_reads_only_their_index_from_where_it_left_off()
    {
        await using var connection = await Database.OpenConnectionAsync(Ct);

        var plan = (await connection.QueryAsync<(long, long, long, string)>(
            $"EXPLAIN QUERY PLAN {SqliteEventStore.NewKeysSql}", new { after = 0L })).Select(r => r.Item4).ToList();

        plan.Should().ContainSingle().Which.Should().Contain("USING COVERING INDEX ix_events_idempotency_keys_in_order");
    }

    private static NewEvent Event(string key) => new("Reported", "{}", Start, "duty.officer@unmiss", IdempotencyKey: key);
}
