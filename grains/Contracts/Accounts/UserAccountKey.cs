namespace ItsmOrleans.Contracts.Accounts;

/// <summary>The key of a person's account grain: their user name, trimmed and in lower case.</summary>
public static class UserAccountKey
{
    public static string Of(string? userName) => (userName ?? "").Trim().ToLowerInvariant();
}
