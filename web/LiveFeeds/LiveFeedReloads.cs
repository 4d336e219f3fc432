using System.Threading.Channels;

namespace ItsmOrleans.Web.LiveFeeds;

/// <summary>
/// Asks for this host's live state to be loaded again from the read model (<see cref="LiveFeedHostRegistration"/>
/// does it): after a batch saying batches were missed, a lost gateway, or more changes during a load than it keeps.
/// Requests made while one waits are one request.
/// </summary>
public sealed class LiveFeedReloads
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Request() => _requests.Writer.TryWrite(true);

    public ValueTask<bool> WaitForRequest(CancellationToken cancellationToken) => _requests.Reader.WaitToReadAsync(cancellationToken);

    public bool TakeRequest() => _requests.Reader.TryRead(out _);
}
