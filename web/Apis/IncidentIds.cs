using System.Security.Cryptography;
using System.Text;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// Chooses the id of a new incident. With an idempotency key the id is derived from the caller and the key, so a retried
/// create reaches the same grain and returns the incident made the first time.
/// </summary>
public static class IncidentIds
{
    /// <param name="kind">The kind of record ("incident", "change"), so one key used for two kinds makes two records.</param>
    public static Guid ForCreate(string actor, string? idempotencyKey, string kind = "incident")
    {
        if (idempotencyKey is null)
        {
            return Guid.CreateVersion7();
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{actor}\n{idempotencyKey}"), hash);
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // RFC 9562 version 8: custom, name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes);
    }
}
