namespace ItsmOrleans.Grains.Accounts;

[GenerateSerializer, Alias("itsm.AccountDirectoryState")]
public sealed class AccountDirectoryState
{
    [Id(0)] public SortedSet<string> ApiKeys { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public SortedSet<string> Users { get; set; } = new(StringComparer.Ordinal);
}
