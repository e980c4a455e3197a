using PeaceOps.Ops.Storage.GrainState;
using PeaceOps.Ops.Storage.Tests.Support;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.GrainState;

/// <summary>What the grain-state table promises (the shape Orleans' IGrainStorage needs), on either database.</summary>
public abstract class GrainStateStoreContract(PostgresServer? postgres) : StorageTest(postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private GrainStateStore NewStore() => new(Database, Time);

    [Fact]
    public async Task A_grain_never_written_has_no_state_and_no_etag()
    {
        var state = await NewStore().ReadAsync("aircraft", "UH-1", Ct);

        state.Should().Be(StoredGrainState.None);
        state.RecordExists.Should().BeFalse();
    }

    [Fact]
    public async Task State_written_is_read_back_with_the_etag_the_write_returned()
    {
        var store = NewStore();

        var etag = await store.WriteAsync("aircraft", "UH-1", """{"status":"Available","fuelKg":820}""", null, Ct);

        var state = await store.ReadAsync("aircraft", "UH-1", Ct);
        state.Json.Should().Be("""{"status":"Available","fuelKg":820}""");
        state.ETag.Should().Be(etag);
        state.RecordExists.Should().BeTrue();
    }

    [Fact]
    public async Task A_write_with_the_current_etag_replaces_the_state_and_moves_the_etag_on()
    {
        var store = NewStore();
        var first = await store.WriteAsync("aircraft", "UH-1", """{"status":"Available"}""", null, Ct);

        var second = await store.WriteAsync("aircraft", "UH-1", """{"status":"Tasked"}""", first, Ct);

        second.Should().NotBe(first);
        (await store.ReadAsync("aircraft", "UH-1", Ct)).Should().Be(new StoredGrainState("""{"status":"Tasked"}""", second));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var store = NewStore();
        var first = await store.WriteAsync("aircraft", "UH-1", """{"status":"Available"}""", null, Ct);
        var second = await store.WriteAsync("aircraft", "UH-1", """{"status":"Tasked"}""", first, Ct);

        var stale = () => store.WriteAsync("aircraft", "UH-1", """{"status":"Unserviceable"}""", first, Ct);

        var refusal = (await stale.Should().ThrowAsync<GrainStateConcurrencyException>()).Which;
        refusal.ExpectedETag.Should().Be(first);
        refusal.ActualETag.Should().Be(second);
        (await store.ReadAsync("aircraft", "UH-1", Ct)).Json.Should().Be("""{"status":"Tasked"}""");
    }

    [Fact]
    public async Task Creating_state_that_someone_else_already_created_is_refused()
    {
        var store = NewStore();
        await store.WriteAsync("facility", "L2-Juba", """{"beds":12}""", null, Ct);

        var act = () => store.WriteAsync("facility", "L2-Juba", """{"beds":0}""", null, Ct);

        await act.Should().ThrowAsync<GrainStateConcurrencyException>();
        (await store.ReadAsync("facility", "L2-Juba", Ct)).Json.Should().Be("""{"beds":12}""");
    }

    [Fact]
    public async Task An_etag_that_is_not_one_of_ours_is_refused()
    {
        var store = NewStore();
        await store.WriteAsync("facility", "L2-Juba", """{"beds":12}""", null, Ct);

        var act = () => store.WriteAsync("facility", "L2-Juba", """{"beds":0}""", "W/\"abc\"", Ct);

        await act.Should().ThrowAsync<GrainStateConcurrencyException>();
    }

    [Fact]
    public async Task Clearing_forgets_the_state_and_an_etag_from_before_the_clear_can_never_write_again()
    {
        var store = NewStore();
        var beforeClear = await store.WriteAsync("aircraft", "UH-2", """{"status":"Available"}""", null, Ct);

        var afterClear = await store.ClearAsync("aircraft", "UH-2", beforeClear, Ct);

        var cleared = await store.ReadAsync("aircraft", "UH-2", Ct);
        cleared.RecordExists.Should().BeFalse();
        cleared.ETag.Should().Be(afterClear).And.NotBe(beforeClear);
        await store.Invoking(s => s.WriteAsync("aircraft", "UH-2", """{"status":"Ghost"}""", beforeClear, Ct)).Should().ThrowAsync<GrainStateConcurrencyException>();
        await store.Invoking(s => s.WriteAsync("aircraft", "UH-2", """{"status":"Ghost"}""", null, Ct)).Should().ThrowAsync<GrainStateConcurrencyException>();
        var reborn = await store.WriteAsync("aircraft", "UH-2", """{"status":"Available"}""", afterClear, Ct);
        (await store.ReadAsync("aircraft", "UH-2", Ct)).ETag.Should().Be(reborn);
    }

    [Fact]
    public async Task Clearing_a_grain_never_written_is_a_no_op()
    {
        var store = NewStore();

        (await store.ClearAsync("aircraft", "never", null, Ct)).Should().BeNull();
        (await store.ReadAsync("aircraft", "never", Ct)).Should().Be(StoredGrainState.None);
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_is_refused()
    {
        var store = NewStore();
        var first = await store.WriteAsync("aircraft", "UH-3", """{"v":1}""", null, Ct);
        await store.WriteAsync("aircraft", "UH-3", """{"v":2}""", first, Ct);

        await store.Invoking(s => s.ClearAsync("aircraft", "UH-3", first, Ct)).Should().ThrowAsync<GrainStateConcurrencyException>();
        (await store.ReadAsync("aircraft", "UH-3", Ct)).Json.Should().Be("""{"v":2}""");
    }

    [Fact]
    public async Task The_same_id_under_two_grain_types_is_two_states()
    {
        var store = NewStore();
        await store.WriteAsync("aircraft", "7", """{"kind":"aircraft"}""", null, Ct);
        await store.WriteAsync("facility", "7", """{"kind":"facility"}""", null, Ct);

        (await store.ReadAsync("aircraft", "7", Ct)).Json.Should().Be("""{"kind":"aircraft"}""");
        (await store.ReadAsync("facility", "7", Ct)).Json.Should().Be("""{"kind":"facility"}""");
    }

    [Fact]
    public async Task Writers_racing_with_the_same_etag_exactly_one_wins()
    {
        var etag = await NewStore().WriteAsync("aircraft", "UH-4", """{"v":0}""", null, Ct);
        var racers = Enumerable.Range(1, 6).Select(i => (Store: new GrainStateStore(OpenSameDatabase(), Time), Index: i)).ToList();

        var results = await Task.WhenAll(racers.Select(r => Task.Run(
            async () =>
            {
                try
                {
                    await r.Store.WriteAsync("aircraft", "UH-4", $$"""{"v":{{r.Index}}}""", etag, Ct);
                    return r.Index;
                }
                catch (GrainStateConcurrencyException)
                {
                    return 0;
                }
            },
            Ct)));

        var winner = results.Should().ContainSingle(i => i > 0).Which;
        (await NewStore().ReadAsync("aircraft", "UH-4", Ct)).Json.Should().Be($$"""{"v":{{winner}}}""");
    }

    [Fact]
    public async Task Malformed_json_is_refused_by_the_database()
    {
        var store = NewStore();

        await store.Invoking(s => s.WriteAsync("aircraft", "UH-5", "{broken", null, Ct)).Should().ThrowAsync<Exception>();
        (await store.ReadAsync("aircraft", "UH-5", Ct)).Should().Be(StoredGrainState.None);
    }
}
