using System.Net;
using System.Net.Sockets;

namespace PeaceOps.Ops.Silo.Hosting;

internal static class FreeTcpPort
{
    /// <summary>A loopback port that was free a moment ago (the OS picks it).</summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
