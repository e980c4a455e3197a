using System.Net;
using Npgsql;
using Orleans.Configuration;
using PeaceOps.Ops.Silo.Configuration;
using PeaceOps.Ops.Silo.Hosting;

namespace PeaceOps.Ops.Silo.Clustering;

public static class ClusteringRegistration
{
    /// <summary>
    /// Embedded mode: one silo on loopback (localhost clustering). Cluster mode: membership in PostgreSQL and the
    /// silo advertising <c>PeaceOps:Orleans:AdvertisedAddress</c> (default: this host's first non-loopback IPv4).
    /// </summary>
    public static ISiloBuilder UsePeaceOpsClustering(this ISiloBuilder silo, PeaceOpsOptions options)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.Orleans.ClusterId;
            o.ServiceId = options.Orleans.ServiceId;
        });

        if (options.Mode == HostingMode.Embedded)
        {
            var siloPort = options.Orleans.SiloPort != 0 ? options.Orleans.SiloPort : FreeTcpPort.Pick();
            var gatewayPort = options.Orleans.GatewayPort != 0 ? options.Orleans.GatewayPort : FreeTcpPort.Pick();
            silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, options.Orleans.PrimarySiloPort ?? siloPort), options.Orleans.ServiceId, options.Orleans.ClusterId);
            return silo;
        }

        var advertised = options.Orleans.AdvertisedAddress is { Length: > 0 } configured ? IPAddress.Parse(configured) : FirstNonLoopbackAddress();
        silo.ConfigureEndpoints(advertised, options.Orleans.SiloPort, options.Orleans.GatewayPort, listenOnAnyHostAddress: true);
        // Its own data source: membership must not queue behind the event log's connections.
        silo.Services.AddSingleton<IMembershipTable>(sp =>
            ActivatorUtilities.CreateInstance<PostgresMembershipTable>(sp, NpgsqlDataSource.Create(options.Storage.ConnectionString!)));
        return silo;
    }

    private static IPAddress FirstNonLoopbackAddress() =>
        Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? IPAddress.Loopback;
}
