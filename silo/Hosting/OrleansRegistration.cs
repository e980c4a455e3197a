using System.Net;
using Orleans.Configuration;
using Orleans.Dashboard;
using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Silo.Health;

namespace PeaceOps.Ops.Silo.Hosting;

public static class OrleansRegistration
{
    /// <summary>The Orleans silo co-hosted in this process: localhost clustering in embedded mode.</summary>
    public static WebApplicationBuilder AddPeaceOpsSilo(this WebApplicationBuilder builder, PeaceOpsOptions options)
    {
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SiloActiveGate>();
        builder.Services.DeclareReadinessGate(SiloActiveGate.GateName);
        builder.UseOrleans(silo =>
        {
            var siloPort = options.Orleans.SiloPort != 0 ? options.Orleans.SiloPort : FreeTcpPort.Pick();
            var gatewayPort = options.Orleans.GatewayPort != 0 ? options.Orleans.GatewayPort : FreeTcpPort.Pick();
            silo.UseLocalhostClustering(siloPort, gatewayPort, primarySiloEndpoint: new IPEndPoint(IPAddress.Loopback, siloPort), serviceId: options.Orleans.ServiceId, clusterId: options.Orleans.ClusterId);
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.Orleans.ClusterId;
                o.ServiceId = options.Orleans.ServiceId;
            });
            silo.AddDashboard();
        });
        return builder;
    }
}
