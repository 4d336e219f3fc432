namespace ItsmOrleans.Contracts.Groups;

/// <summary>
/// The assignment groups that exist. There is no list of groups to keep by hand: a group exists while some local
/// account or unrevoked API key is in it, or some service names it as its support group. Those records tell the
/// directory their groups whenever they change. Always address it with key 0.
/// </summary>
public interface IGroupDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Records the groups one account, API key or service puts into being (see <see cref="GroupSource"/>); none forgets it.</summary>
    Task SetGroups(string source, IReadOnlyList<string> groups);

    /// <summary>Whether the group exists, in any letter case (group membership ignores case).</summary>
    [ReadOnly]
    Task<bool> Exists(string group);

    /// <summary>Every group that exists, in alphabetical order.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Names();
}
