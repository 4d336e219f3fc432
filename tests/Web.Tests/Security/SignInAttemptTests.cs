using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// A sign-in costs one password verification whatever the name: the time an answer takes must not tell which user
/// names exist. Behaviour, not timing: a hasher that counts its verifications.
/// </summary>
public class SignInAttemptTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly CountingHasher _hasher = new();
    private readonly LocalPasswords _passwords;

    public SignInAttemptTests() => _passwords = new LocalPasswords(_hasher);

    [Fact]
    public void An_unknown_user_verifies_a_decoy_hash_made_by_the_same_hasher()
    {
        var refusal = SignInAttempt.Refusal(credentials: null, "a guessed password", _passwords, Now);

        Assert.Equal("unknown user", refusal);
        var verified = Assert.Single(_hasher.Verified);
        Assert.Contains(verified, _hasher.Made);
    }

    [Fact]
    public void A_known_user_with_a_wrong_password_verifies_exactly_as_many_hashes()
    {
        var credentials = Credentials(_passwords.Hash("the right password"));

        var refusal = SignInAttempt.Refusal(credentials, "a guessed password", _passwords, Now);

        Assert.Equal("wrong password", refusal);
        Assert.Equal([credentials.PasswordHash], _hasher.Verified);
    }

    [Fact]
    public void A_disabled_or_locked_account_still_verifies_its_hash()
    {
        var hash = _passwords.Hash("the right password");

        Assert.Equal("account disabled", SignInAttempt.Refusal(Credentials(hash) with { Disabled = true }, "x", _passwords, Now));
        Assert.StartsWith("account locked", SignInAttempt.Refusal(Credentials(hash) with { LockedUntil = Now.AddMinutes(1) }, "x", _passwords, Now), StringComparison.Ordinal);
        Assert.Equal(2, _hasher.Verified.Count);
    }

    [Fact]
    public void The_right_password_signs_in() =>
        Assert.Null(SignInAttempt.Refusal(Credentials(_passwords.Hash("the right password")), "the right password", _passwords, Now));

    private static UserCredentials Credentials(string hash) =>
        new(hash, new Caller("ann", [Role.Agent], []), Disabled: false, LockedUntil: null, SecurityStamp: "stamp");

    /// <summary>ASP.NET Core's hasher, counting what it made and what it was asked to verify.</summary>
    private sealed class CountingHasher : IPasswordHasher<LocalAccount>
    {
        private readonly PasswordHasher<LocalAccount> _real = new();

        public List<string> Made { get; } = [];

        public List<string> Verified { get; } = [];

        public string HashPassword(LocalAccount user, string password)
        {
            var hash = _real.HashPassword(user, password);
            Made.Add(hash);
            return hash;
        }

        public PasswordVerificationResult VerifyHashedPassword(LocalAccount user, string hashedPassword, string providedPassword)
        {
            Verified.Add(hashedPassword);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
