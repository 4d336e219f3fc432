namespace ItsmOrleans.Grains.Accounts;

[GenerateSerializer, Alias("itsm.AccountDirectoryState")]
public sealed class AccountDirectoryState
{
    [Id(0)] public SortedSet<string> ApiKeys { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public SortedSet<string> Users { get; set; } = new(StringComparer.Ordinal);

    /// <summary>API key id → the key's name; keys listed before names were kept are named when the directory activates.</summary>
    [Id(2)] public Dictionary<string, string> ApiKeyNames { get; set; } = [];
}
