namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>Someone in the demo organisation, with an account they can sign in with (password "&lt;userName&gt;-password").</summary>
/// <param name="Roles">Role names as the API spells them ("agent", "change-manager").</param>
/// <param name="Manager">Someone listed before them, who approves their requests that need their manager.</param>
public sealed record DemoPerson(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string>? Groups = null, string? Manager = null);
