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

        // The engine's what-if on the recorded inputs: without it the reports carry measured costs only. An engine of its
        // own: the live engine keeps the route planners of the current airspace, and a month of past airspaces priced in
        // the background would push them out of its cache, so live tasking would rebuild them.
        services.AddSingleton(_ => new WhatIfCosting(new Planning.Tasking.TaskingEngine()));
        services.AddSingleton<RecordedWhatIfCosts>();
        services.AddSingleton<IWhatIfCostSource>(sp => sp.GetRequiredService<RecordedWhatIfCosts>());

        // Prices each incident once when it closes (and, after a restart, whatever closed unpriced), so no report waits for the engine.
        services.AddSingleton<WhatIfPricer>();
        services.AddHostedService(sp => sp.GetRequiredService<WhatIfPricer>());
        services.AddSingleton(sp => new ReviewReports(
            sp.GetRequiredService<Storage.EventStore.IEventStore>(),
            sp.GetRequiredService<IncidentHistoryReader>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IWhatIfCostSource>()));
        return services;
    }
}
