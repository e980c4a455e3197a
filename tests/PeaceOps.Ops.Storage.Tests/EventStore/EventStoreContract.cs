using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.Tests.Support;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.EventStore;

/// <summary>What every <see cref="IEventStore"/> promises, whichever database is underneath.</summary>
public abstract class EventStoreContract(PostgresServer? postgres) : StorageTest(postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static NewEvent Event(string type, string? key = null, DateTimeOffset? at = null, string data = """{"n":1}""") =>
        new(type, data, at ?? Start, "duty.officer@unmiss", "corr-1", "cause-1", key);

    [Fact]
    public async Task A_new_stream_is_numbered_from_one_and_read_back_as_written()
    {
        var store = NewEventStore();

        var version = await store.AppendAsync("incident-1", 0, [Event("IncidentReported", "k-1", data: """{"line1":"MGRS 35PQM1234","priority":"Urgent"}"""), Event("OptionsProposed")], Ct);

        version.Should().Be(2);
        var events = await store.ReadStreamAsync("incident-1", cancellationToken: Ct);
        events.Select(e => (e.Version, e.Type)).Should().Equal((1, "IncidentReported"), (2, "OptionsProposed"));
        events[0].Data.Should().Be("""{"line1":"MGRS 35PQM1234","priority":"Urgent"}""");
        events[0].Actor.Should().Be("duty.officer@unmiss");
        events[0].CorrelationId.Should().Be("corr-1");
        events[0].CausationId.Should().Be("cause-1");
        events[0].IdempotencyKey.Should().Be("k-1");
        events[1].IdempotencyKey.Should().BeNull();
        events[1].Sequence.Should().BeGreaterThan(events[0].Sequence);
    }

    [Fact]
    public async Task Text_outside_ascii_is_stored_and_read_back_unchanged()
    {
        // French and Arabic place names, a combining accent and an emoji: what an officer types in Gao or Kidal.
        const string Data = """{"site":"Ségou — Tombouctou","note":"كيدال","name":"Amélie 🚁"}""";
        var store = NewEventStore();

        await store.AppendAsync("incident-utf", 0, [new NewEvent("NoteAdded", Data, Start, "officier.de.quart@minusma", "corrélation-1", null, "clé-1")], Ct);

        var e = (await store.ReadStreamAsync("incident-utf", cancellationToken: Ct)).Should().ContainSingle().Subject;
        e.Data.Should().Be(Data);
        e.Actor.Should().Be("officier.de.quart@minusma");
        e.CorrelationId.Should().Be("corrélation-1");
        (await store.FindByIdempotencyKeyAsync("clé-1", Ct))!.Sequence.Should().Be(e.Sequence);
    }

    [Fact]
    public async Task Reading_a_stream_after_a_version_returns_only_the_later_events()
    {
        var store = NewEventStore();
        await store.AppendAsync("aircraft-7", 0, [Event("Tasked"), Event("Launched"), Event("Landed")], Ct);

        var later = await store.ReadStreamAsync("aircraft-7", afterVersion: 1, Ct);

        later.Select(e => e.Type).Should().Equal("Launched", "Landed");
        (await store.ReadStreamAsync("no-such-stream", cancellationToken: Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Appending_at_a_stale_version_is_refused_and_writes_nothing()
    {
        var store = NewEventStore();
        await store.AppendAsync("incident-2", 0, [Event("IncidentReported"), Event("OptionsProposed")], Ct);

        var stale = () => store.AppendAsync("incident-2", 1, [Event("Tasked")], Ct);

        var refusal = (await stale.Should().ThrowAsync<ConcurrencyException>()).Which;
        refusal.StreamId.Should().Be("incident-2");
        refusal.ExpectedVersion.Should().Be(1);
        refusal.ActualVersion.Should().Be(2);
        (await store.ReadStreamAsync("incident-2", cancellationToken: Ct)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Appending_to_a_stream_that_does_not_exist_yet_at_a_later_version_is_refused()
    {
        var store = NewEventStore();

        var act = () => store.AppendAsync("incident-new", 3, [Event("Tasked")], Ct);

        (await act.Should().ThrowAsync<ConcurrencyException>()).Which.ActualVersion.Should().Be(0);
    }

    [Fact]
    public async Task Writers_racing_for_the_same_stream_version_exactly_one_wins()
    {
        // Each racer has its own database object, as two silos would.
        var racers = Enumerable.Range(0, 8).Select(i => (Store: NewEventStore(OpenSameDatabase()), Index: i)).ToList();
        using var go = new ManualResetEventSlim();

        var attempts = racers.Select(r => Task.Run(
            async () =>
            {
                go.Wait(Ct);
                try
                {
                    return await r.Store.AppendAsync("aircraft-race", 0, [Event("Tasked", data: $$"""{"incident":{{r.Index}}}""")], Ct);
                }
                catch (ConcurrencyException)
                {
                    return -1L;
                }
            },
            Ct)).ToList();
        go.Set();
        var results = await Task.WhenAll(attempts);

        results.Count(v => v == 1).Should().Be(1);
        results.Count(v => v == -1).Should().Be(racers.Count - 1);
        (await NewEventStore().ReadStreamAsync("aircraft-race", cancellationToken: Ct)).Should().ContainSingle();
        foreach (var r in racers)
        {
            if (r.Store.Database is IAsyncDisposable d)
            {
                await d.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_retried_append_with_a_recorded_idempotency_key_writes_nothing_and_hands_back_the_first_event()
    {
        var store = NewEventStore();
        await store.AppendAsync("incident-3", 0, [Event("IncidentReported", "cmd-42")], Ct);
        var first = await store.FindByIdempotencyKeyAsync("cmd-42", Ct);

        var retry = () => store.AppendAsync("incident-3", 0, [Event("IncidentReported", "cmd-42")], Ct);

        var duplicate = (await retry.Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which;
        duplicate.Existing.Should().Be(first);
        duplicate.IdempotencyKey.Should().Be("cmd-42");
        (await store.ReadStreamAsync("incident-3", cancellationToken: Ct)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_retry_is_recognised_as_a_retry_even_after_the_stream_moved_on()
    {
        var store = NewEventStore();
        await store.AppendAsync("incident-4", 0, [Event("IncidentReported", "cmd-1")], Ct);
        await store.AppendAsync("incident-4", 1, [Event("OptionsProposed", "cmd-2")], Ct);

        // The reply to cmd-1 was lost; the client retries it with the version it knew then.
        var retry = () => store.AppendAsync("incident-4", 0, [Event("IncidentReported", "cmd-1")], Ct);

        (await retry.Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.Version.Should().Be(1);
    }

    [Fact]
    public async Task Idempotency_keys_are_unique_across_the_whole_log()
    {
        var store = NewEventStore();
        await store.AppendAsync("aircraft-1", 0, [Event("Tasked", "approve-9")], Ct);

        var act = () => store.AppendAsync("aircraft-2", 0, [Event("Tasked", "approve-9")], Ct);

        (await act.Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.StreamId.Should().Be("aircraft-1");
        (await store.ReadStreamAsync("aircraft-2", cancellationToken: Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_key_recorded_by_another_writer_is_refused_even_by_one_that_had_already_checked_keys()
    {
        // Two silos over one database: the second has appended (and so looked at keys) before the first records
        // cmd-7, and must still see it.
        var reopened = OpenSameDatabase();
        var first = NewEventStore();
        var second = NewEventStore(reopened);
        await second.AppendAsync("incident-20", 0, [Event("IncidentReported", "cmd-6")], Ct);
        await first.AppendAsync("incident-21", 0, [Event("IncidentReported", "cmd-7")], Ct);

        var retry = () => second.AppendAsync("incident-22", 0, [Event("IncidentReported", "cmd-7")], Ct);

        (await retry.Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.StreamId.Should().Be("incident-21");
        (await second.FindByIdempotencyKeyAsync("cmd-7", Ct))!.StreamId.Should().Be("incident-21");
        (await first.ReadStreamAsync("incident-22", cancellationToken: Ct)).Should().BeEmpty();
        if (reopened is IAsyncDisposable d)
        {
            await d.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_multi_event_append_refused_for_its_last_event_leaves_nothing()
    {
        var store = NewEventStore();
        await store.AppendAsync("incident-5", 0, [Event("IncidentReported", "k-used")], Ct);

        var act = () => store.AppendAsync("incident-5", 1, [Event("OptionsProposed", "k-a"), Event("Tasked", "k-b"), Event("Launched", "k-used")], Ct);

        await act.Should().ThrowAsync<DuplicateIdempotencyKeyException>();
        (await store.ReadStreamAsync("incident-5", cancellationToken: Ct)).Should().ContainSingle();
        (await store.FindByIdempotencyKeyAsync("k-a", Ct)).Should().BeNull();
    }

    [Fact]
    public async Task A_multi_event_append_that_the_database_rejects_midway_leaves_nothing()
    {
        var store = NewEventStore();

        // The second payload is not JSON: the database refuses that row after accepting the first.
        var act = () => store.AppendAsync("incident-6", 0, [Event("IncidentReported", "k-6a"), Event("OptionsProposed", "k-6b", data: "{not json"), Event("Tasked")], Ct);

        await act.Should().ThrowAsync<Exception>();
        (await store.ReadStreamAsync("incident-6", cancellationToken: Ct)).Should().BeEmpty();
        (await store.FindByIdempotencyKeyAsync("k-6a", Ct)).Should().BeNull();
        (await store.ReadLastSequenceAsync(Ct)).Should().Be(0);
        (await store.AppendAsync("incident-6", 0, [Event("IncidentReported", "k-6a")], Ct)).Should().Be(1);
    }

    [Fact]
    public async Task Malformed_appends_are_refused_before_touching_the_database()
    {
        var store = NewEventStore();

        await store.Invoking(s => s.AppendAsync("incident-7", 0, [], Ct)).Should().ThrowAsync<ArgumentException>();
        await store.Invoking(s => s.AppendAsync("incident-7", -1, [Event("X")], Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await store.Invoking(s => s.AppendAsync(" ", 0, [Event("X")], Ct)).Should().ThrowAsync<ArgumentException>();
        await store.Invoking(s => s.AppendAsync("incident-7", 0, [Event("X", "same"), Event("Y", "same")], Ct)).Should().ThrowAsync<ArgumentException>().WithMessage("*same*");
        (await store.ReadLastSequenceAsync(Ct)).Should().Be(0);
    }

    [Fact]
    public async Task The_whole_log_is_read_in_global_order_a_page_at_a_time()
    {
        var store = NewEventStore();
        await store.AppendAsync("a", 0, [Event("A1"), Event("A2")], Ct);
        await store.AppendAsync("b", 0, [Event("B1")], Ct);
        await store.AppendAsync("a", 2, [Event("A3")], Ct);

        var firstPage = await store.ReadAllAsync(0, 3, Ct);
        var secondPage = await store.ReadAllAsync(firstPage[^1].Sequence, 3, Ct);

        firstPage.Select(e => e.Type).Should().Equal("A1", "A2", "B1");
        secondPage.Select(e => e.Type).Should().Equal("A3");
        firstPage.Concat(secondPage).Select(e => e.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        (await store.ReadLastSequenceAsync(Ct)).Should().Be(secondPage[^1].Sequence);
    }

    [Fact]
    public async Task Events_are_read_by_when_they_occurred_in_a_half_open_range()
    {
        var store = NewEventStore();
        await store.AppendAsync("a", 0, [Event("Early", at: Start), Event("OnTheHour", at: Start.AddMinutes(30))], Ct);
        await store.AppendAsync("b", 0, [Event("Late", at: Start.AddHours(1)), Event("Later", at: Start.AddHours(2))], Ct);

        var window = await store.ReadByTimeAsync(Start.AddMinutes(30), Start.AddHours(2), 100, Ct);

        window.Select(e => e.Type).Should().Equal("OnTheHour", "Late");
        (await store.ReadByTimeAsync(Start, Start.AddDays(1), 1, Ct)).Select(e => e.Type).Should().Equal("Early");
    }

    [Fact]
    public async Task Reading_by_time_is_exact_to_the_microsecond_at_both_ends_within_a_second_and_before_1970()
    {
        // SQLite indexes the second, not the microsecond: events in the same second as either end, and times before
        // the epoch (where integer division rounds towards zero), must still be cut exactly.
        var store = NewEventStore();
        var from = new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero).AddTicks(5_000_000 + 1230);
        var to = from.AddSeconds(2).AddTicks(-2_000_000);
        var tick = TimeSpan.FromTicks(10);
        var beforeEpoch = DateTimeOffset.UnixEpoch.AddTicks(-7_000_000 + 10);
        await store.AppendAsync("a", 0, [Event("JustBefore", at: from - tick), Event("AtFrom", at: from), Event("JustBeforeTo", at: to - tick)], Ct);
        await store.AppendAsync("b", 0, [Event("AtTo", at: to), Event("Epoch-0.7s", at: beforeEpoch), Event("Epoch+0.2s", at: DateTimeOffset.UnixEpoch.AddTicks(2_000_000))], Ct);

        (await store.ReadByTimeAsync(from, to, 100, Ct)).Select(e => e.Type).Should().Equal("AtFrom", "JustBeforeTo");
        (await store.ReadByTimeAsync(beforeEpoch, DateTimeOffset.UnixEpoch.AddTicks(2_000_000), 100, Ct)).Select(e => e.Type).Should().Equal("Epoch-0.7s");
        (await store.ReadByTimeAsync(beforeEpoch + tick, DateTimeOffset.UnixEpoch.AddTicks(2_000_010), 100, Ct)).Select(e => e.Type).Should().Equal("Epoch+0.2s");
    }

    [Fact]
    public async Task Times_are_kept_to_the_microsecond_in_utc_and_recorded_at_comes_from_the_clock()
    {
        var store = NewEventStore();
        var occurred = new DateTimeOffset(2026, 3, 14, 11, 30, 0, TimeSpan.FromHours(2)).AddTicks(9_876_543);
        Time.Advance(TimeSpan.FromSeconds(5));

        await store.AppendAsync("a", 0, [Event("Reported", at: occurred)], Ct);

        var recorded = (await store.ReadStreamAsync("a", cancellationToken: Ct)).Single();
        recorded.OccurredAt.Offset.Should().Be(TimeSpan.Zero);
        recorded.OccurredAt.Should().Be(occurred.AddTicks(-3));
        recorded.OccurredAt.UtcTicks.Should().Be(occurred.UtcTicks - 3);
        recorded.RecordedAt.Should().Be(Time.GetUtcNow().AddTicks(-(Time.GetUtcNow().UtcTicks % 10)));
        recorded.RecordedAt.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task An_unknown_idempotency_key_finds_nothing()
    {
        var store = NewEventStore();
        await store.AppendAsync("a", 0, [Event("Reported", "known")], Ct);

        (await store.FindByIdempotencyKeyAsync("unknown", Ct)).Should().BeNull();
        (await store.FindByIdempotencyKeyAsync("known", Ct))!.Type.Should().Be("Reported");
    }

    [Fact]
    public async Task Replay_streams_the_log_between_two_sequences_in_order()
    {
        var store = NewEventStore();
        for (var i = 0; i < 50; i++)
        {
            await store.AppendAsync($"s-{i % 5}", i / 5, [Event($"E{i}")], Ct);
        }

        var all = await store.ReadAllAsync(0, 100, Ct);
        var replayed = new List<RecordedEvent>();
        await foreach (var e in store.ReplayAsync(all[9].Sequence, all[39].Sequence, Ct))
        {
            replayed.Add(e);
        }

        replayed.Should().Equal(all.Skip(10).Take(30));
    }

    [Fact]
    public async Task Events_survive_reopening_the_database()
    {
        await NewEventStore().AppendAsync("incident-9", 0, [Event("IncidentReported", "k-9")], Ct);

        var reopened = OpenSameDatabase();
        var events = await NewEventStore(reopened).ReadStreamAsync("incident-9", cancellationToken: Ct);

        events.Should().ContainSingle().Which.IdempotencyKey.Should().Be("k-9");
        if (reopened is IAsyncDisposable d)
        {
            await d.DisposeAsync();
        }
    }
}
