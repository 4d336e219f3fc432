using Microsoft.AspNetCore.Identity;

namespace ItsmOrleans.Web.Security;

/// <summary>Hashes and checks local account passwords with ASP.NET Core's password hasher (PBKDF2).</summary>
public sealed class LocalPasswords
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    private static readonly LocalAccount Account = new();

    private readonly IPasswordHasher<LocalAccount> _hasher;

    // Checked against when the user does not exist, so an unknown name costs as much time as a wrong password: made by
    // the same hasher, it has the same algorithm and iteration count as the accounts' own hashes.
    private readonly string _decoyHash;

    public LocalPasswords(IPasswordHasher<LocalAccount> hasher)
    {
        _hasher = hasher;
        _decoyHash = hasher.HashPassword(Account, Guid.NewGuid().ToString());
    }

    public string Hash(string password) => _hasher.HashPassword(Account, password);

    /// <summary>Whether <paramref name="password"/> matches <paramref name="hash"/>; with no hash (no such account) a decoy is verified, and false returned.</summary>
    public bool Verify(string? hash, string password) =>
        _hasher.VerifyHashedPassword(Account, hash ?? _decoyHash, password) != PasswordVerificationResult.Failed && hash is not null;

    /// <summary>Why a new password is not acceptable, or null.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "A password is required.",
        { Length: < MinimumLength } => $"A password has at least {MinimumLength} characters.",
        { Length: > MaximumLength } => $"A password has at most {MaximumLength} characters.",
        _ => null,
    };
}
