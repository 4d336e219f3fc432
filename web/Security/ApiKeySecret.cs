using System.Security.Cryptography;
using System.Text;
using ItsmOrleans.Contracts.Accounts;

namespace ItsmOrleans.Web.Security;

/// <summary>
/// API keys look like <c>itsm_&lt;id&gt;.&lt;secret&gt;</c>: the id finds the key, the secret proves it. Only a SHA-256 of
/// the secret is stored (the secret is 256 random bits, so a fast hash is enough).
/// </summary>
public sealed record ApiKeySecret(string Id, string Secret)
{
    public const string Prefix = ApiKeyFormat.Prefix;

    public const int IdLength = ApiKeyFormat.IdLength;

    public string Key => $"{Prefix}{Id}.{Secret}";

    public string SecretHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret)));

    public static ApiKeySecret New() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2)), Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static bool TryParse(string? key, out ApiKeySecret secret)
    {
        secret = new ApiKeySecret("", "");
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 200)
        {
            return false;
        }

        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= Prefix.Length || dot == key.Length - 1)
        {
            return false;
        }

        var id = key[Prefix.Length..dot];
        if (!id.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        secret = new ApiKeySecret(id, key[(dot + 1)..]);
        return true;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
