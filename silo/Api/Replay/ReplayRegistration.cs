using PeaceOps.Ops.Replay.AfterAction;
using PeaceOps.Ops.Replay.Logs;
using PeaceOps.Ops.Replay.Picture;
using PeaceOps.Ops.Replay.Playback;

namespace PeaceOps.Ops.Silo.Api.Replay;

public static class ReplayRegistration
{
    /// <summary>The readers of the logs behind replay and the reports. They never write to the live logs (only snapshots).</summary>
    public static IServiceCollection AddPeaceOpsReplay(this IServiceCollection services)
    {
        services.AddSingleton<PositionHistory>();
        services.AddSingleton<PictureSnapshotStore>();
        services.AddSingleton<PictureAtTime>();
        services.AddSingleton<WhatIfCostStore>();
        services.AddSingleton<IncidentHistoryReader>();
        services.AddSingleton<ReplaySessions>();

        // The engine's what-if on the recorded inputs: without it the reports carry measured costs only.
        services.AddSingleton(sp => new WhatIfCosting(sp.GetRequiredService<Planning.Tasking.TaskingEngine>()));
        services.AddSingleton<IWhatIfCostSource, RecordedWhatIfCosts>();
        services.AddSingleton(sp => new ReviewReports(
            sp.GetRequiredService<Storage.EventStore.IEventStore>(),
            sp.GetRequiredService<IncidentHistoryReader>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IWhatIfCostSource>()));
        return services;
    }
}
