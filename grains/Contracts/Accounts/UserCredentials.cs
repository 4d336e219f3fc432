using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Accounts;

/// <summary>What sign-in needs to check a password, and whom a successful sign-in makes the caller.</summary>
/// <param name="SecurityStamp">Changes whenever the password, roles or groups change, or the account is disabled: sessions carrying an older stamp end.</param>
[GenerateSerializer, Immutable, Alias("itsm.UserCredentials")]
public sealed record UserCredentials(string PasswordHash, Caller Caller, bool Disabled, DateTimeOffset? LockedUntil, string SecurityStamp);
