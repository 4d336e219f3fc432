using System.Security.Cryptography;
using System.Text;

namespace ItsmOrleans.Domain.Search;

/// <summary>
/// A service is named by its key, so its search hit's id is a Guid made from the key: the same every time, on every
/// host, and in the database's own function that backfills the index. (The 220_search_backfill scripts, which cannot
/// change once applied, call it by its former name, ServiceGrain.SearchId.)
/// </summary>
public static class ServiceSearchId
{
    public static Guid Of(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes("service:" + key)).AsSpan(0, 16));
}
