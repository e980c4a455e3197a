using System.Text.Json;
using Microsoft.Data.Sqlite;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Mission;
using PeaceOps.Ops.Contracts.Tasking;
using PeaceOps.Ops.Storage.Schema;
using PeaceOps.Ops.Storage.Sqlite;

namespace PeaceOps.Ops.Benchmarks.Replay;

/// <summary>
/// Writes a mission's log straight into SQLite (one transaction, prepared statements), in the grains' event shapes:
/// aircraft, facilities and zones registered, incidents reported, proposed, tasked, flown and closed, aircraft tasked and
/// released, and a position every 1/hz seconds per aircraft for the first <c>positionHours</c>. Deterministic (seeded).
/// </summary>
public static class ReplayLogGenerator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<SqliteDatabase> GenerateAsync(string directory, DateTimeOffset start, int days, int aircraftCount, double hz, int incidents, double positionHours)
    {
        Directory.CreateDirectory(directory);
        var database = SqliteDatabase.InDirectory(directory);
        await new SchemaMigrator(database, TimeProvider.System).MigrateAsync();
        var random = new Random(42);
        await using var connection = (SqliteConnection)await database.OpenConnectionAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        var insertEvent = connection.CreateCommand();
        insertEvent.Transaction = transaction;
        insertEvent.CommandText = "INSERT INTO events (stream_id, version, type, data, occurred_at, recorded_at, actor) VALUES ($s, $v, $t, $d, $o, $o, $a)";
        var s = insertEvent.Parameters.Add("$s", SqliteType.Text);
        var v = insertEvent.Parameters.Add("$v", SqliteType.Integer);
        var t = insertEvent.Parameters.Add("$t", SqliteType.Text);
        var d = insertEvent.Parameters.Add("$d", SqliteType.Text);
        var o = insertEvent.Parameters.Add("$o", SqliteType.Integer);
        var a = insertEvent.Parameters.Add("$a", SqliteType.Text);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var pending = new List<(DateTimeOffset At, string Stream, string Type, object Data, string Actor)>();

        void Add(DateTimeOffset at, string stream, string type, object data, string actor = "system") => pending.Add((at, stream, type, data, actor));

        var bases = Enumerable.Range(0, 6).Select(i => new GeoPoint(14 + random.NextDouble() * 4, -4 + random.NextDouble() * 6)).ToArray();
        var profiles = Enumerable.Range(1, aircraftCount).Select(n =>
        {
            var b = bases[n % bases.Length];
            return new AircraftProfile($"ac-{n:D3}", $"UN-{n:D3}", n % 3 == 0 ? "Bell 412" : "Mi-8MTV", $"base-{n % bases.Length}", b, n % 2 == 0, n % 2 == 0, 225, 210, 7, 3, false);
        }).ToArray();
        foreach (var p in profiles)
        {
            Add(start, $"aircraft-{p.Id}", "AircraftRegistered", new { profile = p });
        }

        var facilities = Enumerable.Range(1, 10).Select(n => new FacilityProfile($"fac-{n}", $"Facility {n}", n <= 3 ? FacilityLevel.LevelII : FacilityLevel.LevelI,
            new GeoPoint(14 + random.NextDouble() * 4, -4 + random.NextDouble() * 6), n <= 3, n % 2 == 0, 20, n <= 3 ? 2 : 0)).ToArray();
        foreach (var f in facilities)
        {
            Add(start, $"facility-{f.Id}", "FacilityRegistered", new { profile = f });
        }

        Add(start, "mission-mission", "AirspaceZoneSet", new { zone = new AirspaceZoneDto("r-12", "R-12", AirspaceKind.Restricted, [[new(15, -1), new(15, 0), new(16, 0), new(15, -1)]], 0, 10000) }, "admin");

        var span = TimeSpan.FromDays(days);
        for (var i = 0; i < incidents; i++)
        {
            var injured = start + TimeSpan.FromSeconds(random.NextDouble() * (span.TotalSeconds - 86400)) + TimeSpan.FromMinutes(10);
            var reported = injured.AddMinutes(2 + random.Next(10));
            var id = $"inc-{i:D5}";
            var stream = $"incident-{id}";
            var aircraft = profiles[random.Next(profiles.Length)];
            var facility = facilities[random.Next(3)];
            var precedence = (Precedence)random.Next(4);
            var nineLine = new NineLine(15 + random.NextDouble(), -2 + random.NextDouble(), "30PXC0000000000", "38.90", "DUSTOFF 6",
                new PatientsByPrecedence(precedence == Precedence.Urgent ? 1 : 0, precedence == Precedence.UrgentSurgical ? 1 : 0, precedence == Precedence.Priority ? 1 : 0, precedence == Precedence.Routine ? 1 : 0),
                [], 1, 0, "N", "C", "A", "flat");
            var optionsAt = reported.AddMinutes(1 + random.Next(3));
            var taskedAt = optionsAt.AddMinutes(2 + random.Next(15));
            var launchedAt = taskedAt.AddMinutes(20 + random.Next(50));
            var pickupAt = launchedAt.AddMinutes(10 + random.Next(40));
            var loadedAt = pickupAt.AddMinutes(5 + random.Next(10));
            var handoverAt = loadedAt.AddMinutes(15 + random.Next(45));
            var chosen = Option(1, aircraft.Id, facility.Id, handoverAt, false);
            var busy = Option(2, profiles[random.Next(profiles.Length)].Id, facility.Id, handoverAt.AddMinutes(-random.Next(40)), true, "AIRCRAFT_TASKED");
            var diverting = Option(3, aircraft.Id, facilities[3 + random.Next(7)].Id, handoverAt.AddMinutes(-random.Next(20)), true, "FACILITY_DIVERTING");
            Add(reported, stream, "IncidentReported", new { incidentId = id, nineLine, injuredAt = injured, precedence }, "duty");
            Add(optionsAt, stream, "OptionsProposed", new { options = new[] { chosen, busy, diverting } }, "duty");
            Add(taskedAt, stream, "TaskingApproved", new { aircraftId = aircraft.Id, facilityId = facility.Id, chosen, optionsShown = new[] { chosen, busy, diverting }, optionsComputedAt = optionsAt }, "duty");
            Add(taskedAt, $"aircraft-{aircraft.Id}", "AircraftTasked", new { incidentId = id, facilityId = facility.Id }, "duty");
            Add(launchedAt, stream, "AircraftLaunched", new { aircraftId = aircraft.Id }, "crew");
            Add(launchedAt, $"aircraft-{aircraft.Id}", "AircraftTaskingUpdated", new { incidentId = id, status = AircraftStatus.OnMission, facilityId = facility.Id }, "crew");
            Add(pickupAt, stream, "ArrivedAtPickup", new { aircraftId = aircraft.Id }, "crew");
            Add(loadedAt, stream, "PatientsLoaded", new { aircraftId = aircraft.Id }, "crew");
            Add(handoverAt, stream, "HandedOver", new { facilityId = facility.Id }, "crew");
            Add(handoverAt, $"aircraft-{aircraft.Id}", "AircraftReleased", new { incidentId = id, status = AircraftStatus.Returning }, "crew");
            Add(handoverAt.AddMinutes(15), stream, "IncidentClosed", new { note = (string?)null }, "duty");
            var summary = new IncidentSummary(id, IncidentStatus.Closed, precedence, new GeoPoint(nineLine.PickupLat, nineLine.PickupLon), nineLine.PickupMgrs, injured,
                IncidentClocks.From(injured), aircraft.Id, facility.Id, false, 1);
            Add(handoverAt.AddMinutes(15), "mission-mission", "IncidentTracked", new { entry = new { incident = summary, route = Array.Empty<GeoPoint>() } });
        }

        foreach (var e in pending.OrderBy(e => e.At))
        {
            var version = versions[e.Stream] = versions.GetValueOrDefault(e.Stream) + 1;
            s.Value = e.Stream;
            v.Value = version;
            t.Value = e.Type;
            d.Value = JsonSerializer.Serialize(e.Data, Json);
            o.Value = Micro(e.At);
            a.Value = e.Actor;
            await insertEvent.ExecuteNonQueryAsync();
        }

        var insertPosition = connection.CreateCommand();
        insertPosition.Transaction = transaction;
        insertPosition.CommandText = "INSERT INTO position_reports (aircraft_id, report_id, at, lat, lon, altitude_m, heading_deg, speed_kts, received_at) VALUES ($id, $r, $at, $lat, $lon, 300, 90, 110, $at)";
        var pid = insertPosition.Parameters.Add("$id", SqliteType.Text);
        var pr = insertPosition.Parameters.Add("$r", SqliteType.Text);
        var pat = insertPosition.Parameters.Add("$at", SqliteType.Integer);
        var plat = insertPosition.Parameters.Add("$lat", SqliteType.Real);
        var plon = insertPosition.Parameters.Add("$lon", SqliteType.Real);
        var interval = TimeSpan.FromSeconds(1 / hz);
        var report = 0L;
        for (var at = start + interval; at <= start + TimeSpan.FromHours(positionHours); at += interval)
        {
            foreach (var p in profiles)
            {
                pid.Value = p.Id;
                pr.Value = (++report).ToString(System.Globalization.CultureInfo.InvariantCulture);
                pat.Value = Micro(at);
                plat.Value = p.BasePosition.Lat + (Math.Sin(report * 0.001) * 0.1);
                plon.Value = p.BasePosition.Lon + (Math.Cos(report * 0.001) * 0.1);
                await insertPosition.ExecuteNonQueryAsync();
            }
        }

        var aircraftList = connection.CreateCommand();
        aircraftList.Transaction = transaction;
        aircraftList.CommandText = "INSERT INTO position_aircraft (aircraft_id) SELECT DISTINCT aircraft_id FROM position_reports";
        await aircraftList.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return database;
    }

    private static TaskingOptionDto Option(int rank, string aircraftId, string facilityId, DateTimeOffset facilityEta, bool blocked, string? code = null) =>
        new(rank, aircraftId, facilityId, !blocked, facilityEta.AddMinutes(-30), facilityEta, true, true, [], [],
            blocked ? [new ViolationDto(code!, ViolationSeverity.Blocking, code!)] : []);

    private static long Micro(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
