namespace ItsmOrleans.Web.Apis;

/// <summary>An assignment group in the list of groups.</summary>
public sealed record GroupEntry(string Name);
