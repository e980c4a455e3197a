using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Storage.EventStore;
using PeaceOps.Ops.Storage.GroupCommit;
using PeaceOps.Ops.Storage.Tests.Support;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.EventStore;

/// <summary>Group commit: many callers, one transaction, each caller told exactly what became of its own append.</summary>
public abstract class EventAppendBatcherContract(PostgresServer? postgres) : StorageTest(postgres)
{
    // A timer that never fires unless the test moves it: groups close on size, or when the test says time passed.
    private readonly FakeTimeProvider _timer = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static NewEvent Event(string type, string? key = null, string data = "{}") => new(type, data, Start, "ops", IdempotencyKey: key);

    private EventAppendBatcher NewBatcher(int maxBatchSize, TimeSpan maxDelay) =>
        new(NewEventStore(), new GroupCommitOptions { MaxBatchSize = maxBatchSize, MaxDelay = maxDelay }, _timer);

    // The group's delay timer exists only once the writer has picked up its first item: keep moving the clock.
    private async Task AdvanceUntilAsync(Task written)
    {
        for (var i = 0; i < 100 && !written.IsCompleted; i++)
        {
            _timer.Advance(TimeSpan.FromHours(1));
            await Task.Delay(20, Ct);
        }

        await written;
    }

    [Fact]
    public async Task Appends_from_many_callers_are_all_recorded_each_with_its_own_version()
    {
        await using var batcher = new EventAppendBatcher(NewEventStore(), new GroupCommitOptions { MaxBatchSize = 64, MaxDelay = TimeSpan.FromMilliseconds(1) });

        var versions = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => batcher.AppendAsync($"aircraft-{i}", 0, [Event("Tasked"), Event("Launched")], Ct), Ct)));
        var sequential = 0L;
        for (var i = 0; i < 20; i++)
        {
            sequential = await batcher.AppendAsync("mission", sequential, [Event($"Changed{i}")], Ct);
        }

        versions.Should().AllSatisfy(v => v.Should().Be(2));
        sequential.Should().Be(20);
        (await batcher.ReadAllAsync(0, 10_000, Ct)).Should().HaveCount(620);
        (await batcher.ReadStreamAsync("aircraft-299", cancellationToken: Ct)).Select(e => e.Type).Should().Equal("Tasked", "Launched");
    }

    [Fact]
    public async Task A_group_is_written_as_soon_as_it_holds_the_maximum_number_of_events()
    {
        await using var batcher = NewBatcher(maxBatchSize: 4, maxDelay: TimeSpan.FromHours(1));

        var first = batcher.AppendAsync("a", 0, [Event("A1"), Event("A2")], Ct);
        var second = batcher.AppendAsync("b", 0, [Event("B1")], Ct);
        await Task.Delay(200, Ct);
        first.IsCompleted.Should().BeFalse("three events are not yet a group of four and the hour has not passed");

        var third = batcher.AppendAsync("c", 0, [Event("C1")], Ct);

        (await Task.WhenAll(first, second, third)).Should().Equal(2, 1, 1);
    }

    [Fact]
    public async Task A_group_that_does_not_fill_up_is_written_when_the_delay_has_passed()
    {
        await using var batcher = NewBatcher(maxBatchSize: 1000, maxDelay: TimeSpan.FromMilliseconds(50));

        var lonely = batcher.AppendAsync("a", 0, [Event("A1")], Ct);
        await Task.Delay(200, Ct);
        lonely.IsCompleted.Should().BeFalse("the group waits for company until the delay has passed");
        (await NewEventStore().ReadLastSequenceAsync(Ct)).Should().Be(0);

        for (var i = 0; i < 100 && !lonely.IsCompleted; i++)
        {
            _timer.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(20, Ct);
        }

        (await lonely).Should().Be(1);
    }

    [Fact]
    public async Task Once_as_many_callers_are_back_as_the_last_group_held_the_group_is_written_without_waiting()
    {
        await using var batcher = NewBatcher(maxBatchSize: 1000, maxDelay: TimeSpan.FromHours(1));
        var first = Enumerable.Range(0, 3).Select(i => batcher.AppendAsync($"aircraft-{i}", 0, [Event("Tasked")], Ct)).ToList();
        await AdvanceUntilAsync(Task.WhenAll(first));

        // The three callers come back: no need to wait the hour for a fourth.
        var second = Enumerable.Range(0, 3).Select(i => batcher.AppendAsync($"aircraft-{i}", 1, [Event("Launched")], Ct)).ToList();
        (await Task.WhenAll(second).WaitAsync(TimeSpan.FromSeconds(30), Ct)).Should().AllSatisfy(v => v.Should().Be(2));

        // Only one comes back: the group waits for company until the delay has passed.
        var lonely = batcher.AppendAsync("aircraft-0", 2, [Event("Landed")], Ct);
        await Task.Delay(200, Ct);
        lonely.IsCompleted.Should().BeFalse("one append is fewer than the three of the last group");
        await AdvanceUntilAsync(lonely);
        (await lonely).Should().Be(3);
    }

    [Fact]
    public async Task A_refused_append_does_not_hold_back_the_others_in_its_group()
    {
        await using var batcher = NewBatcher(maxBatchSize: 3, maxDelay: TimeSpan.FromHours(1));

        var winner = batcher.AppendAsync("aircraft-1", 0, [Event("TaskedFor1")], Ct);
        var loser = batcher.AppendAsync("aircraft-1", 0, [Event("TaskedFor2")], Ct);
        var bystander = batcher.AppendAsync("aircraft-2", 0, [Event("Launched")], Ct);

        (await winner).Should().Be(1);
        (await bystander).Should().Be(1);
        (await loser.Invoking(t => t).Should().ThrowAsync<ConcurrencyException>()).Which.ActualVersion.Should().Be(1);
        (await batcher.ReadStreamAsync("aircraft-1", cancellationToken: Ct)).Should().ContainSingle().Which.Type.Should().Be("TaskedFor1");
    }

    [Fact]
    public async Task A_payload_the_database_refuses_fails_only_its_own_append()
    {
        // Four events: the three appends make one group.
        await using var batcher = NewBatcher(maxBatchSize: 4, maxDelay: TimeSpan.FromHours(1));

        var before = batcher.AppendAsync("a", 0, [Event("Fine")], Ct);
        var broken = batcher.AppendAsync("b", 0, [Event("Fine"), Event("Broken", data: "{not json")], Ct);
        var after = batcher.AppendAsync("c", 0, [Event("Fine")], Ct);

        (await before).Should().Be(1);
        (await after).Should().Be(1);
        await broken.Invoking(t => t).Should().ThrowAsync<Exception>();
        (await batcher.ReadStreamAsync("b", cancellationToken: Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_command_one_of_whose_events_repeats_a_recorded_key_writes_none_of_its_events_and_spares_its_group()
    {
        await NewEventStore().AppendAsync("x", 0, [Event("Recorded", "k-old")], Ct);
        // Four events: the three appends make one group.
        await using var batcher = NewBatcher(maxBatchSize: 4, maxDelay: TimeSpan.FromHours(1));

        var before = batcher.AppendAsync("a", 0, [Event("Fine")], Ct);
        var repeating = batcher.AppendAsync("b", 0, [Event("New", "k-new"), Event("Repeat", "k-old")], Ct);
        var after = batcher.AppendAsync("c", 0, [Event("Fine")], Ct);

        (await before).Should().Be(1);
        (await after).Should().Be(1);
        (await repeating.Invoking(t => t).Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.StreamId.Should().Be("x");
        (await batcher.ReadStreamAsync("b", cancellationToken: Ct)).Should().BeEmpty();
        (await batcher.FindByIdempotencyKeyAsync("k-new", Ct)).Should().BeNull();
    }

    [Fact]
    public async Task A_retried_command_in_the_same_group_is_recognised_as_a_retry()
    {
        await using var batcher = NewBatcher(maxBatchSize: 2, maxDelay: TimeSpan.FromHours(1));

        var first = batcher.AppendAsync("incident-1", 0, [Event("Approved", "approve-1")], Ct);
        var retry = batcher.AppendAsync("incident-1", 0, [Event("Approved", "approve-1")], Ct);

        (await first).Should().Be(1);
        (await retry.Invoking(t => t).Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.Version.Should().Be(1);
        (await batcher.ReadStreamAsync("incident-1", cancellationToken: Ct)).Should().ContainSingle();
    }

    [Fact]
    public async Task Retries_of_commands_recorded_earlier_are_each_answered_with_their_own_first_event()
    {
        var store = NewEventStore();
        await store.AppendAsync("incident-1", 0, [Event("Reported", "report-1")], Ct);
        await store.AppendAsync("incident-2", 0, [Event("Reported", "report-2")], Ct);
        await using var batcher = NewBatcher(maxBatchSize: 3, maxDelay: TimeSpan.FromHours(1));

        var retry2 = batcher.AppendAsync("incident-2", 0, [Event("Reported", "report-2")], Ct);
        var fresh = batcher.AppendAsync("incident-3", 0, [Event("Reported", "report-3")], Ct);
        var retry1 = batcher.AppendAsync("incident-1", 0, [Event("Reported", "report-1")], Ct);

        (await fresh).Should().Be(1);
        (await retry1.Invoking(t => t).Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.StreamId.Should().Be("incident-1");
        (await retry2.Invoking(t => t).Should().ThrowAsync<DuplicateIdempotencyKeyException>()).Which.Existing.StreamId.Should().Be("incident-2");
        (await batcher.ReadAllAsync(0, 100, Ct)).Select(e => e.IdempotencyKey).Should().Equal("report-1", "report-2", "report-3");
    }

    [Fact]
    public async Task Stopping_writes_everything_already_accepted()
    {
        var batcher = NewBatcher(maxBatchSize: 1000, maxDelay: TimeSpan.FromHours(1));
        var accepted = Enumerable.Range(0, 10).Select(i => batcher.AppendAsync($"s-{i}", 0, [Event("E")], Ct)).ToList();

        await batcher.DisposeAsync();

        (await Task.WhenAll(accepted)).Should().AllSatisfy(v => v.Should().Be(1));
        (await NewEventStore().ReadLastSequenceAsync(Ct)).Should().BeGreaterThanOrEqualTo(10);
        await batcher.Invoking(b => b.AppendAsync("late", 0, [Event("E")], Ct)).Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task A_malformed_append_is_refused_at_once_and_never_joins_a_group()
    {
        await using var batcher = NewBatcher(maxBatchSize: 1000, maxDelay: TimeSpan.FromHours(1));

        await batcher.Invoking(b => b.AppendAsync("a", 0, [], Ct)).Should().ThrowAsync<ArgumentException>();
    }
}
