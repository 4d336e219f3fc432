using System.Net;
using System.Net.Sockets;
using ItsmOrleans.Grains.OutgoingCalls;

namespace ItsmOrleans.Hosting.OutgoingCalls;

/// <summary>
/// Opens the connections of outgoing HTTP calls, only to addresses the <see cref="OutgoingAddressPolicy"/> allows. It
/// resolves the host itself and connects to the very addresses it judged, so a DNS answer that changes between the
/// check and the connection (rebinding) cannot slip through. The handler calls it for every new connection, so each
/// redirect to another host is judged too.
/// </summary>
public sealed class OutgoingAddressGuard(OutgoingAddressPolicy policy)
{
    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/>.</summary>
    public async ValueTask<Stream> Connect(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        IPAddress[] candidates = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = candidates.Where(address => policy.Judge(address) is null).ToArray();
        if (allowed.Length == 0)
        {
            throw new OutgoingAddressRefusedException(Explain(host, literal, candidates));
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private string Explain(string host, IPAddress? literal, IPAddress[] candidates)
    {
        if (candidates.Select(policy.Judge).FirstOrDefault(refusal => refusal is not null) is not { } refusal)
        {
            return $"refused: {host} resolves to no address.";
        }

        var what = literal is null ? $"{host} resolves to {refusal.Address}, {refusal.Kind}" : $"{refusal.Address} is {refusal.Kind}";
        return $"refused: {what}; allow it in {policy.AllowedBy}.";
    }
}
