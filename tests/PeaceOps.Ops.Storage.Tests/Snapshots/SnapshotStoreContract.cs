using PeaceOps.Ops.Storage.Snapshots;
using PeaceOps.Ops.Storage.Tests.Support;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.Snapshots;

/// <summary>Replay snapshots: found by moment or by log position, saved idempotently.</summary>
public abstract class SnapshotStoreContract(PostgresServer? postgres) : StorageTest(postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_nearest_snapshot_at_or_before_a_moment_is_found()
    {
        var store = new SnapshotStore(Database, Time);
        await store.SaveAsync("picture", 100, Start.AddMinutes(10), """{"n":100}""", Ct);
        await store.SaveAsync("picture", 200, Start.AddMinutes(20), """{"n":200}""", Ct);
        await store.SaveAsync("other", 300, Start.AddMinutes(15), """{"n":300}""", Ct);

        (await store.FindLatestAtOrBeforeAsync("picture", Start.AddMinutes(19), Ct))!.Sequence.Should().Be(100);
        (await store.FindLatestAtOrBeforeAsync("picture", Start.AddMinutes(20), Ct))!.Data.Should().Be("""{"n":200}""");
        (await store.FindLatestAtOrBeforeAsync("picture", Start, Ct)).Should().BeNull();
        (await store.FindLatestUpToSequenceAsync("picture", 199, Ct))!.At.Should().Be(Start.AddMinutes(10).AddTicks(-(Start.UtcTicks % 10)));
    }

    [Fact]
    public async Task Saving_the_same_snapshot_again_changes_nothing()
    {
        var store = new SnapshotStore(Database, Time);

        (await store.SaveAsync("picture", 100, Start, """{"first":true}""", Ct)).Should().BeTrue();
        (await store.SaveAsync("picture", 100, Start, """{"first":false}""", Ct)).Should().BeFalse();

        (await store.FindLatestUpToSequenceAsync("picture", 100, Ct))!.Data.Should().Be("""{"first":true}""");
    }
}
