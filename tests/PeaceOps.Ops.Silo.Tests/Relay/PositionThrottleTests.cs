using PeaceOps.Ops.Dashboard.Hub.Picture;
using PeaceOps.Ops.Dashboard.Relay;

namespace PeaceOps.Ops.Silo.Tests.Relay;

public sealed class PositionThrottleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    private long _sequence;

    private static PositionThrottle TwoPerSecond() => new(2, TimeSpan.FromSeconds(1));

    private ChangeView Moved(string aircraftId, double reportedAtSeconds) =>
        new(++_sequence, T0.AddSeconds(reportedAtSeconds), "aircraftMoved")
        {
            AircraftId = aircraftId,
            Position = new PositionView(12.6, -8.0, 300, 0, 110, T0.AddSeconds(reportedAtSeconds)),
        };

    [Fact]
    public void A_tracker_reporting_once_a_second_is_never_held_even_when_one_report_came_late()
    {
        var throttle = TwoPerSecond();

        // The report due at 0 s reached the relay 600 ms late; the one due at 1 s on time. A 500 ms minimum gap held it.
        foreach (var arrival in new[] { 0.6, 1.0, 2.0, 2.95, 4.0 })
        {
            throttle.Apply([Moved("A1", Math.Floor(arrival))], T0.AddSeconds(arrival)).Should().ContainSingle($"the report arriving at {arrival} s is within two a second");
        }

        throttle.Held.Should().Be(0);
        throttle.NextDue.Should().BeNull();
    }

    [Fact]
    public void A_four_hertz_burst_reaches_screens_twice_a_second_and_its_last_position_follows_when_the_window_allows()
    {
        var throttle = TwoPerSecond();

        var shown = new List<ChangeView>();
        foreach (var at in new[] { 0.0, 0.25, 0.5, 0.75 })
        {
            shown.AddRange(throttle.Apply([Moved("A1", at)], T0.AddSeconds(at)));
            shown.AddRange(throttle.Due(T0.AddSeconds(at)));
        }

        shown.Select(c => c.Position!.ReportedAt).Should().Equal(T0, T0.AddSeconds(0.25));
        throttle.Held.Should().Be(1, "the 0.5 s position was replaced by the 0.75 s one");
        throttle.NextDue.Should().Be(T0.AddSeconds(1), "the first send leaves the window one second after it");
        throttle.Due(T0.AddSeconds(0.999)).Should().BeEmpty();
        throttle.Due(T0.AddSeconds(1)).Should().ContainSingle().Which.Position!.ReportedAt.Should().Be(T0.AddSeconds(0.75));

        // The next regular report waits only until the 0.25 s send leaves the window.
        throttle.Apply([Moved("A1", 1.05)], T0.AddSeconds(1.05)).Should().BeEmpty();
        throttle.NextDue.Should().Be(T0.AddSeconds(1.25));
        throttle.Due(T0.AddSeconds(1.25)).Should().ContainSingle().Which.Position!.ReportedAt.Should().Be(T0.AddSeconds(1.05));
    }

    [Fact]
    public void Whatever_the_arrivals_no_aircraft_gets_more_than_two_positions_in_any_second_and_its_newest_position_is_always_shown()
    {
        var random = new Random(20261127);
        for (var run = 0; run < 200; run++)
        {
            var throttle = TwoPerSecond();
            var sentAt = new Dictionary<string, List<DateTimeOffset>>();
            var newest = new Dictionary<string, DateTimeOffset>();
            var lastShown = new Dictionary<string, DateTimeOffset>();
            var now = T0;
            for (var i = 0; i < 60; i++)
            {
                now = now.AddMilliseconds(random.Next(0, 400));
                var aircraft = "A" + random.Next(3);
                var change = Moved(aircraft, (now - T0).TotalSeconds);
                newest[aircraft] = change.Position!.ReportedAt;
                Record(throttle.Apply([change], now));
                Record(throttle.Due(now));
            }

            // Drain: follow NextDue as the relay does.
            while (throttle.NextDue is { } due)
            {
                now = due > now ? due : now;
                Record(throttle.Due(now));
            }

            foreach (var (aircraft, times) in sentAt)
            {
                for (var k = 2; k < times.Count; k++)
                {
                    (times[k] - times[k - 2]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), $"run {run}: {aircraft} got three positions within a second");
                }
            }

            lastShown.Should().Equal(newest, $"run {run}: the last position of every aircraft reaches the screens");

            void Record(List<ChangeView> shown)
            {
                foreach (var c in shown)
                {
                    (sentAt.TryGetValue(c.AircraftId!, out var list) ? list : sentAt[c.AircraftId!] = []).Add(now);
                    lastShown[c.AircraftId!] = c.Position!.ReportedAt;
                }
            }
        }
    }
}
