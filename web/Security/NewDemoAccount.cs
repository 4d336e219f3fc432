namespace ItsmOrleans.Web.Security;

/// <summary>A demo account to create; its password follows from its name (<see cref="DemoAccounts.PasswordOf"/>).</summary>
/// <param name="Manager">An existing account that approves this person's requests needing their manager.</param>
public sealed record NewDemoAccount(string UserName, string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<string> Groups, string? Manager = null);
