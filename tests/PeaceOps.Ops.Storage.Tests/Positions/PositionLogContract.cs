using Microsoft.Extensions.Time.Testing;
using PeaceOps.Ops.Storage.GroupCommit;
using PeaceOps.Ops.Storage.Positions;
using PeaceOps.Ops.Storage.Tests.Support;
using PeaceOps.Ops.Testing;

namespace PeaceOps.Ops.Storage.Tests.Positions;

/// <summary>The compact position log: grouped writes, duplicates ignored, tracks and "the picture at T".</summary>
public abstract class PositionLogContract(PostgresServer? postgres) : StorageTest(postgres)
{
    private readonly FakeTimeProvider _timer = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PositionReport Report(string aircraft, string id, int minutes, double lat = 4.85, double lon = 31.6) =>
        new(aircraft, id, Start.AddMinutes(minutes), lat, lon, 1500, 270.5, 110);

    private PositionLog NewLog(int maxBatchSize = 100) =>
        new(Database, Time, new GroupCommitOptions { MaxBatchSize = maxBatchSize, MaxDelay = TimeSpan.FromMilliseconds(1) }, TimeProvider.System);

    [Fact]
    public async Task A_report_is_stored_once_and_read_back_as_sent()
    {
        await using var log = NewLog();
        Time.Advance(TimeSpan.FromSeconds(3));

        (await log.AppendAsync(Report("UH-1", "r-1", 0, lat: -4.851234, lon: 31.582001), Ct)).Should().BeTrue();

        var track = await log.ReadTrackAsync("UH-1", Start, Start.AddHours(1), Ct);
        track.Should().Equal(new RecordedPositionReport("UH-1", "r-1", Start.AddTicks(-(Start.UtcTicks % 10)), -4.851234, 31.582001, 1500, 270.5, 110, Time.GetUtcNow().AddTicks(-(Time.GetUtcNow().UtcTicks % 10))));
    }

    [Fact]
    public async Task A_report_sent_again_is_a_duplicate_and_changes_nothing()
    {
        await using var log = NewLog();
        await log.AppendAsync(Report("UH-1", "r-1", 0, lat: 4.0), Ct);

        (await log.AppendAsync(Report("UH-1", "r-1", 0, lat: 5.0), Ct)).Should().BeFalse();

        (await log.ReadTrackAsync("UH-1", Start.AddDays(-1), Start.AddDays(1), Ct)).Should().ContainSingle().Which.Latitude.Should().Be(4.0);
    }

    [Fact]
    public async Task The_same_report_twice_in_one_group_is_stored_once()
    {
        await using var log = new PositionLog(Database, Time, new GroupCommitOptions { MaxBatchSize = 3, MaxDelay = TimeSpan.FromHours(1) }, _timer);

        var results = await Task.WhenAll(
            log.AppendAsync(Report("UH-1", "r-1", 0), Ct),
            log.AppendAsync(Report("UH-1", "r-1", 0), Ct),
            log.AppendAsync(Report("UH-2", "r-1", 0), Ct));

        results.Should().Equal(true, false, true);
        (await log.ReadByTimeAsync(Start.AddDays(-1), Start.AddDays(1), 100, Ct)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Report_ids_are_unique_per_aircraft_not_across_the_fleet()
    {
        await using var log = NewLog();

        (await log.AppendAsync(Report("UH-1", "7", 0), Ct)).Should().BeTrue();
        (await log.AppendAsync(Report("MI-8", "7", 0), Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task A_track_is_one_aircraft_in_a_half_open_window_oldest_first_whatever_the_arrival_order()
    {
        await using var log = NewLog();
        foreach (var (id, minute) in new[] { ("r-3", 30), ("r-1", 10), ("r-4", 40), ("r-2", 20) })
        {
            await log.AppendAsync(Report("UH-1", id, minute), Ct);
        }

        await log.AppendAsync(Report("UH-2", "r-9", 20), Ct);

        var track = await log.ReadTrackAsync("UH-1", Start.AddMinutes(10), Start.AddMinutes(40), Ct);

        track.Select(r => r.ReportId).Should().Equal("r-1", "r-2", "r-3");
    }

    [Fact]
    public async Task Reports_of_the_whole_fleet_are_read_by_time()
    {
        await using var log = NewLog();
        await Task.WhenAll(
            log.AppendAsync(Report("UH-1", "a", 5), Ct),
            log.AppendAsync(Report("UH-2", "b", 15), Ct),
            log.AppendAsync(Report("UH-3", "c", 25), Ct));

        var window = await log.ReadByTimeAsync(Start.AddMinutes(5), Start.AddMinutes(25), 100, Ct);

        window.Select(r => r.AircraftId).Should().Equal("UH-1", "UH-2");
    }

    [Fact]
    public async Task The_picture_at_a_moment_is_each_aircrafts_latest_report_at_or_before_it()
    {
        await using var log = NewLog();
        await log.AppendAsync(Report("UH-1", "1", 0, lat: 1), Ct);
        await log.AppendAsync(Report("UH-1", "2", 10, lat: 2), Ct);
        await log.AppendAsync(Report("UH-1", "3", 20, lat: 3), Ct);
        await log.AppendAsync(Report("UH-2", "1", 5, lat: 10), Ct);
        await log.AppendAsync(Report("UH-3", "1", 15, lat: 20), Ct);

        var picture = await log.ReadPictureAtAsync(Start.AddMinutes(10), Ct);

        picture.Select(r => (r.AircraftId, r.Latitude)).Should().Equal(("UH-1", 2.0), ("UH-2", 10.0));
        (await log.ReadPictureAtAsync(Start.AddMinutes(-1), Ct)).Should().BeEmpty();
        (await log.ReadPictureAtAsync(Start.AddHours(1), Ct)).Select(r => r.Latitude).Should().Equal(3.0, 10.0, 20.0);
    }

    [Fact]
    public async Task Reports_are_written_in_groups_and_all_are_durable_when_their_tasks_complete()
    {
        await using var log = NewLog(maxBatchSize: 50);

        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => log.AppendAsync(Report($"AC-{i % 20}", $"r-{i}", i % 60), Ct)));

        results.Should().AllSatisfy(stored => stored.Should().BeTrue());
        await using var reopened = new PositionLog(OpenSameDatabase(), Time);
        (await reopened.ReadByTimeAsync(Start.AddDays(-1), Start.AddDays(1), 1000, Ct)).Should().HaveCount(500);
        (await reopened.ReadPictureAtAsync(Start.AddDays(1), Ct)).Should().HaveCount(20);
    }

    [Fact]
    public async Task A_report_off_the_globe_is_refused_before_it_is_queued()
    {
        await using var log = NewLog();

        await log.Invoking(l => l.AppendAsync(Report("UH-1", "r", 0, lat: 91), Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await log.Invoking(l => l.AppendAsync(Report("UH-1", "r", 0, lon: -181), Ct)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await log.Invoking(l => l.AppendAsync(Report(" ", "r", 0), Ct)).Should().ThrowAsync<ArgumentException>();
    }
}
