using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ItsmOrleans.Hosting.Database;

/// <summary>One of the numbered SQL files of deploy/sql, embedded in this assembly as "sql/&lt;dialect&gt;/&lt;file&gt;".</summary>
/// <param name="Checksum">SHA-256 of the text, so a script edited after it was applied is noticed.</param>
internal sealed record SchemaScript(string Name, string Text, string Checksum)
{
    private const string ResourceRoot = "sql/";

    /// <summary>The scripts of the provider's dialect, in the order they apply (by file name).</summary>
    public static IReadOnlyList<SchemaScript> For(DatabaseProvider provider)
    {
        var prefix = ResourceRoot + DialectFolder(provider) + "/";
        var assembly = typeof(SchemaScript).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Select(resource => (Resource: resource, Path: resource.Replace('\\', '/')))
            .Where(entry => entry.Path.StartsWith(prefix, StringComparison.Ordinal)
                && entry.Path.EndsWith(".sql", StringComparison.Ordinal))
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .Select(entry => Load(assembly, entry.Resource, entry.Path[prefix.Length..]))
            .ToList();
        if (scripts.Count == 0)
        {
            throw new InvalidOperationException($"No schema scripts are embedded under '{prefix}'; the build should embed deploy/sql.");
        }

        return scripts;
    }

    private static string DialectFolder(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "postgresql",
        DatabaseProvider.Sqlite => "sqlite",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    private static SchemaScript Load(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);

        // A checkout with CRLF line endings must not look like an edited script.
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new SchemaScript(name, text, checksum);
    }
}
