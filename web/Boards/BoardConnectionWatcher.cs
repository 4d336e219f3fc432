using ItsmOrleans.Web.LiveFeeds;

namespace ItsmOrleans.Web.Boards;

/// <summary>
/// In client mode: when this host loses a gateway (a silo went away, with whatever its publisher had not pushed yet)
/// or the whole cluster connection, its live state is reloaded once it can be.
/// </summary>
public sealed class BoardConnectionWatcher(LiveFeedReloads reloads) : IClusterConnectionStatusObserver
{
    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (currentNumberOfGateways < previousNumberOfGateways || connectionRecovered)
        {
            reloads.Request();
        }
    }

    public void NotifyClusterConnectionLost() => reloads.Request();
}
