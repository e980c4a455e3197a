using BenchmarkDotNet.Attributes;
using PeaceOps.Ops.Benchmarks.Storage;
using PeaceOps.Ops.Contracts.Aircraft;
using PeaceOps.Ops.Contracts.Common;
using PeaceOps.Ops.Contracts.Facilities;
using PeaceOps.Ops.Contracts.Incidents;
using PeaceOps.Ops.Contracts.Tasking;

namespace PeaceOps.Ops.Benchmarks.Grains;

/// <summary>
/// Commands through grains, in process (issue 5: median under 5 ms, excluding the tasking computation). One command per
/// iteration, so the percentiles are those of single commands; each includes its durable append (group commit, fsync)
/// and the change published to the picture. Run: see docs/performance/grains.md.
/// </summary>
[Config(typeof(PerOperationConfig))]
[MemoryDiagnoser]
public class GrainCommandBenchmarks
{
    // Every approval takes an aircraft for good, so the fleet covers the pilot, warm-up and measured iterations.
    private const int Fleet = 400;
    private const string Hospital = "l2-gao";
    private static readonly GeoPoint Gao = new(16.25, -0.05);

    private GrainBenchHost _host = null!;
    private int _next;
    private IIncidentGrain _toApprove = null!;
    private TaskingOptionDto _option = null!;
    private FacilityStatus _facilityStatus = FacilityStatus.Open;
    private AircraftStatus _aircraftStatus = AircraftStatus.Available;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _host = await GrainBenchHost.StartAsync();
        await _host.Client.GetGrain<IMedicalFacilityGrain>(Hospital).Register(
            new FacilityProfile(Hospital, "Level II Gao", FacilityLevel.LevelII, new GeoPoint(16.27, -0.04), Surgery: true, HelipadNightCapable: true, Beds: 20, OperatingTables: 2),
            CommandContext.System("register-" + Hospital));
        await Parallel.ForEachAsync(Enumerable.Range(0, Fleet), async (n, _) =>
        {
            var id = $"uno-{n:D3}";
            await _host.Client.GetGrain<IAircraftGrain>(id).Register(
                new AircraftProfile(id, "UNO " + n, "Mi-8MTV", "gao", Gao, NvgCapable: true, CrewNvgCurrent: true, CruiseSpeedKmh: 225, EnduranceMinutes: 210, Litters: 7, Seats: 12, Hoist: false),
                CommandContext.System("register-" + id));
        });

        // The status benchmarks use an aircraft the approvals never reach (they take the lowest id first).
        await _host.Client.GetGrain<IAircraftGrain>("zz-spare").Register(
            new AircraftProfile("zz-spare", "UNO SPARE", "Mi-8MTV", "gao", Gao, NvgCapable: true, CrewNvgCurrent: true, CruiseSpeedKmh: 225, EnduranceMinutes: 210, Litters: 7, Seats: 12, Hoist: false),
            CommandContext.System("register-zz-spare"));
    }

    [GlobalCleanup]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Benchmark(Description = "report an incident (new grain)")]
    public Task<IncidentSnapshot> ReportIncident() => Incident(out var key).Report(Report(key));

    [IterationSetup(Target = nameof(ApproveTasking))]
    public void ReportAndShowOptions()
    {
        _toApprove = Incident(out var key);
        _toApprove.Report(Report(key)).GetAwaiter().GetResult();
        _option = _toApprove.GetOptions().GetAwaiter().GetResult()[0];
    }

    [Benchmark(Description = "approve a tasking (incident + aircraft)")]
    public Task<IncidentSnapshot> ApproveTasking() =>
        _toApprove.ApproveTasking(new ApproveTasking(_option.AircraftId, _option.FacilityId, null, Duty("approve-" + _next)));

    [Benchmark(Description = "facility status change")]
    public Task<FacilitySnapshot> FacilityStatusChange()
    {
        _facilityStatus = _facilityStatus == FacilityStatus.Open ? FacilityStatus.Limited : FacilityStatus.Open;
        return _host.Client.GetGrain<IMedicalFacilityGrain>(Hospital)
            .UpdateStatus(new FacilityStatusUpdate(_facilityStatus, 12, 1, null), Duty("facility-" + Interlocked.Increment(ref _next)));
    }

    [Benchmark(Description = "aircraft status change")]
    public Task<AircraftSnapshot> AircraftStatusChange()
    {
        _aircraftStatus = _aircraftStatus == AircraftStatus.Available ? AircraftStatus.Unserviceable : AircraftStatus.Available;
        return _host.Client.GetGrain<IAircraftGrain>("zz-spare")
            .SetStatus(_aircraftStatus, "benchmark", Duty("aircraft-" + Interlocked.Increment(ref _next)));
    }

    private static CommandContext Duty(string key) => new("duty", key, "corr-" + key);

    private static ReportIncident Report(string key) => new(
        new NineLine(
            16.5, -0.5, "30QZD1639100716", "38.90", "DUSTOFF 6", new PatientsByPrecedence(1, 1, 1, 0), [],
            Litter: 2, Ambulatory: 1, Security: "P", Marking: "C", Nationality: "C", Terrain: "NONE"),
        null,
        Duty(key));

    private IIncidentGrain Incident(out string key)
    {
        key = "inc-" + Interlocked.Increment(ref _next);
        return _host.Client.GetGrain<IIncidentGrain>(key);
    }
}
