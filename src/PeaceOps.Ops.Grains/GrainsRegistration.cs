using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Providers;
using Orleans.Storage;
using PeaceOps.Ops.Grains.Persistence;
using PeaceOps.Ops.Grains.Tasking;
using PeaceOps.Ops.Planning.Tasking;

namespace PeaceOps.Ops.Grains;

/// <summary>
/// What the grains need in a silo: the CustomStorage log-consistency provider (incidents and the mission over the event
/// store), the default grain storage over the product's grain-state table (aircraft, facilities), and the tasking engine.
/// The host registers <see cref="TimeProvider"/>, the event store and the grain-state store (see StorageRegistration).
/// </summary>
public static class GrainsRegistration
{
    public const string LogConsistencyProvider = "CustomStorage";

    public static ISiloBuilder AddPeaceOpsGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddCustomStorageBasedLogConsistencyProvider(LogConsistencyProvider);
        silo.Services.AddKeyedSingleton<IGrainStorage, OpsGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        // Orleans finds the default provider as the unkeyed service.
        silo.Services.AddSingleton(sp => sp.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        silo.Services.TryAddSingleton<TaskingEngine>();
        silo.Services.TryAddSingleton<IOptionPlanner, OptionPlanner>();
        return silo;
    }
}
