using System.Net;
using System.Net.Sockets;

namespace ItsmOrleans.Testing.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Free_port_can_be_bound_on_loopback()
    {
        var port = FreePort.Get();

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();

        Assert.Equal(port, ((IPEndPoint)listener.LocalEndpoint).Port);
    }
}
