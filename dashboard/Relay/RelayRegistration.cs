using Microsoft.Extensions.DependencyInjection;

namespace PeaceOps.Ops.Dashboard.Relay;

public static class RelayRegistration
{
    /// <summary>This host's observer, its subscription with the picture grain, and the relay to this host's SignalR clients.</summary>
    public static IServiceCollection AddOpsRelay(this IServiceCollection services)
    {
        services.AddSingleton<OpsChangeObserver>();
        services.AddSingleton<OpsRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OpsRelay>());
        services.AddHostedService<PictureSubscription>();
        return services;
    }
}
