namespace ItsmOrleans.Web.Apis;

/// <summary>A person in an assignment group.</summary>
public sealed record GroupMember(string UserName, string DisplayName);
