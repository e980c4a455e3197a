using Orleans.Dashboard;
using PeaceOps.Ops.Grains;
using PeaceOps.Ops.Silo.Clustering;
using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Silo.Health;

namespace PeaceOps.Ops.Silo.Hosting;

public static class OrleansRegistration
{
    /// <summary>The Orleans silo co-hosted in this process: localhost clustering in embedded mode, PostgreSQL membership in cluster mode.</summary>
    public static WebApplicationBuilder AddPeaceOpsSilo(this WebApplicationBuilder builder, PeaceOpsOptions options)
    {
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SiloActiveGate>();
        builder.Services.DeclareReadinessGate(SiloActiveGate.GateName);
        builder.UseOrleans(silo =>
        {
            silo.UsePeaceOpsClustering(options);
            silo.AddDashboard();
            silo.AddPeaceOpsGrains();
        });
        return builder;
    }
}
