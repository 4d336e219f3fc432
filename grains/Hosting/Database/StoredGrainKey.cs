using System.Text;

namespace ItsmOrleans.Hosting.Database;

/// <summary>
/// The key columns Orleans' ADO.NET grain storage files a grain's state under (OrleansStorage's GrainIdN0, GrainIdN1,
/// GrainIdExtensionString) and the bytes it hashes into GrainIdHash. It must match Orleans' own derivation exactly:
/// rows written through the group commit are read back by Orleans, and rows written before it are updated by it.
/// </summary>
public sealed record StoredGrainKey(long N0, long N1, string? Extension, byte[] HashBytes)
{
    public static StoredGrainKey Of(GrainId grainId)
    {
        if (grainId.TryGetGuidKey(out var guid, out var extension))
        {
            var bytes = guid.ToByteArray();
            return new StoredGrainKey(BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8), extension, HashBytesOf(bytes, extension));
        }

        if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            return new StoredGrainKey(0, integer, extension, HashBytesOf(BitConverter.GetBytes(integer), extension));
        }

        var text = grainId.Key.ToString();
        return new StoredGrainKey(0, 0, text, HashBytesOf(Encoding.UTF8.GetBytes(text), null));
    }

    // The numeric key's bytes (a Guid's in its own byte order), then the extension's UTF-8, all reversed on little-endian machines.
    private static byte[] HashBytesOf(byte[] key, string? extension)
    {
        var bytes = extension is null ? key : [.. key, .. Encoding.UTF8.GetBytes(extension)];
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

        return bytes;
    }
}
