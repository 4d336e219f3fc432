namespace ItsmOrleans.Web.Apis;

/// <summary>An assignment group: a group is known by its name, so its id is the name.</summary>
public sealed record GroupView(string Id, string Name, IReadOnlyList<GroupMember> Members);
