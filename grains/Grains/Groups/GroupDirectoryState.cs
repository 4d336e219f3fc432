namespace ItsmOrleans.Grains.Groups;

[GenerateSerializer, Alias("itsm.GroupDirectoryState")]
public sealed class GroupDirectoryState
{
    /// <summary>Each account, API key or service (named as <see cref="Contracts.Groups.GroupSource"/> names it) → the groups it is in or supports.</summary>
    [Id(0)] public Dictionary<string, List<string>> Sources { get; set; } = [];

    /// <summary>Whether the accounts, keys and services made before the directory existed have been counted.</summary>
    [Id(1)] public bool Counted { get; set; }
}
