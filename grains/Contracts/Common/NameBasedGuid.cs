using System.Security.Cryptography;
using System.Text;

namespace ItsmOrleans.Contracts.Common;

/// <summary>A GUID that follows from a name (RFC 9562 version 8, SHA-256 based): the same name always gives the same id.</summary>
public static class NameBasedGuid
{
    public static Guid From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // RFC 9562 version 8: custom, name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes);
    }
}
