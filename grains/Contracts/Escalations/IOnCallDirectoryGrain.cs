namespace ItsmOrleans.Contracts.Escalations;

/// <summary>The names of every escalation policy and on-call schedule, for lists. Always address it with key 0.</summary>
public interface IOnCallDirectoryGrain : IGrainWithIntegerKey
{
    Task RegisterPolicy(string id, string name);

    Task RegisterSchedule(string id, string name);

    Task<IReadOnlyList<DirectoryEntry>> Policies();

    Task<IReadOnlyList<DirectoryEntry>> Schedules();
}

[GenerateSerializer, Immutable, Alias("itsm.OnCallDirectoryEntry")]
public sealed record DirectoryEntry(string Id, string Name);
