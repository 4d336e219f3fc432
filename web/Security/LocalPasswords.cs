using Microsoft.AspNetCore.Identity;

namespace ItsmOrleans.Web.Security;

/// <summary>Hashes and checks local account passwords with ASP.NET Core's password hasher (PBKDF2).</summary>
public sealed class LocalPasswords
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;

    private static readonly PasswordHasher<LocalAccount> Hasher = new();
    private static readonly LocalAccount Account = new();

    // Checked against when the user does not exist, so an unknown name costs as much time as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(Account, Guid.NewGuid().ToString());

    public string Hash(string password) => Hasher.HashPassword(Account, password);

    public bool Verify(string? hash, string password) =>
        Hasher.VerifyHashedPassword(Account, hash ?? DecoyHash, password) != PasswordVerificationResult.Failed && hash is not null;

    /// <summary>Why a new password is not acceptable, or null.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "A password is required.",
        { Length: < MinimumLength } => $"A password has at least {MinimumLength} characters.",
        { Length: > MaximumLength } => $"A password has at most {MaximumLength} characters.",
        _ => null,
    };

    /// <summary>The hasher's user type; local accounts carry no per-user data into the hash.</summary>
    private sealed class LocalAccount;
}
