namespace ItsmOrleans.Contracts.Groups;

/// <summary>How the <see cref="IGroupDirectoryGrain"/> names the records whose groups it counts.</summary>
public static class GroupSource
{
    public static string Account(string accountKey) => "account:" + accountKey;

    public static string ApiKey(string keyId) => "api-key:" + keyId;

    public static string Service(string serviceId) => "service:" + serviceId;
}
