using System.Net;
using System.Net.Sockets;

namespace PeaceOps.Ops.Testing;

/// <summary>A loopback TCP port that was free a moment ago (the OS picks it; callers retry on the rare clash).</summary>
public static class FreeTcpPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
