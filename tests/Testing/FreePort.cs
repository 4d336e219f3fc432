using System.Net;
using System.Net.Sockets;

namespace ItsmOrleans.Testing;

/// <summary>Hands out loopback TCP ports that nothing is listening on.</summary>
public static class FreePort
{
    /// <summary>Asks the kernel for an unused loopback port and releases it for the caller to bind.</summary>
    public static int Get()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
