namespace ItsmOrleans.Web.Demo.Parts;

/// <summary>The demo account of each role (as Security:DemoUsers makes them) and the organisation's people, all able to sign in.</summary>
public sealed class PeopleSeeder(DemoAccounts accounts) : IDemoPart
{
    public string Name => "people";

    public async Task Seed(DemoRun run)
    {
        await accounts.EnsureOnePerRole();
        await accounts.Ensure([.. run.Organisation.People.Select(person => new NewDemoAccount(
            person.UserName, person.DisplayName, [.. person.Roles.Select(name => RoleOf(person.UserName, name))], person.Groups ?? [], person.Manager))]);
    }

    private static Role RoleOf(string userName, string name) =>
        RoleNames.Parse(name) ?? throw new DomainValidationException("roles", $"{userName}: '{name}' is not a role.");
}
