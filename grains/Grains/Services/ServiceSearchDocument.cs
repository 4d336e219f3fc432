using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Services;

/// <summary>
/// What search finds of a service: its name and description. Its hit's id is made from its key (see
/// <see cref="ServiceSearchId"/>), and the key itself is its number and service.
/// </summary>
public static class ServiceSearchDocument
{
    public static SearchDocument Of(string key, ServiceState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new SearchDocument(
            SearchKinds.Service,
            ServiceSearchId.Of(key),
            key,
            state.Name,
            state.Kind.ToString(),
            true,
            null,
            key,
            state.SupportGroup,
            state.Owner,
            null,
            now,
            now,
            false,
            state.Version,
            SearchDocument.Text([state.Description]),
            "");
    }
}
