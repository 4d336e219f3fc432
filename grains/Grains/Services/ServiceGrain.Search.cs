using System.Security.Cryptography;
using System.Text;
using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Services;

/// <summary>
/// What search finds of a service: its name and description. A service is named by its key, so its hit's id is a
/// Guid made from the key (the same every time) and the key itself is its number and service.
/// </summary>
public sealed partial class ServiceGrain
{
    private SearchDocument Indexed(DateTimeOffset now) => new(
        SearchKinds.Service,
        SearchId(Id),
        Id,
        State.Name,
        State.Kind.ToString(),
        true,
        null,
        Id,
        State.SupportGroup,
        State.Owner,
        null,
        now,
        now,
        false,
        State.Version,
        SearchDocument.Text([State.Description]),
        "");

    /// <summary>The search id of a service key.</summary>
    public static Guid SearchId(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes("service:" + key)).AsSpan(0, 16));
}
