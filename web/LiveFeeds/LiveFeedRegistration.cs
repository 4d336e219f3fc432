using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.LiveFeeds;

/// <summary>
/// Adding a live kind: its summary type implements <see cref="ILiveRecord"/>, and one of these registers what the web
/// host does with it; the observer, the host registration and the loading find every registered feed.
/// </summary>
public static class LiveFeedRegistration
{
    /// <summary>A feed that takes its part of every batch and reloads itself.</summary>
    public static IServiceCollection AddLiveFeed<TConsumer>(this IServiceCollection services)
        where TConsumer : class, ILiveFeedConsumer
    {
        services.AddSingleton<TConsumer>();
        services.AddSingleton<ILiveFeedConsumer>(provider => provider.GetRequiredService<TConsumer>());
        return services;
    }

    /// <summary>A small list every client gets whole, then its changes (<see cref="LiveListFeed{TKey,TRow}"/>), loaded by <paramref name="load"/>.</summary>
    public static IServiceCollection AddLiveList<TKey, TRow>(
        this IServiceCollection services,
        LiveListRows<TKey, TRow> rows,
        Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<TRow>>> load)
        where TKey : notnull
        where TRow : ILiveRecord
    {
        services.AddSingleton(rows);
        services.AddSingleton<LiveListFeed<TKey, TRow>>();
        services.AddSingleton<ILiveFeedConsumer>(provider =>
            new LiveListConsumer<TKey, TRow>(provider.GetRequiredService<LiveListFeed<TKey, TRow>>(), cancellationToken => load(provider, cancellationToken)));
        return services;
    }
}
