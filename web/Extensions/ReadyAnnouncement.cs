using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ItsmOrleans.Web.Extensions;

public static class ReadyAnnouncement
{
    /// <summary>Prints the board's address once the server listens and the board state is loaded.</summary>
    public static void AnnounceWhenReady(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() => _ = Announce(app));
    }

    private static async Task Announce(WebApplication app)
    {
        var feed = app.Services.GetRequiredService<BoardFeed>();
        await feed.Loaded.WaitAsync(app.Lifetime.ApplicationStopping);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ItsmOrleans");
        foreach (var address in addresses)
        {
            logger.LogInformation("ItsmOrleans board ready: {Url}/", address.TrimEnd('/'));
        }
    }
}
