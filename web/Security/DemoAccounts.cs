using ItsmOrleans.Contracts.Accounts;

namespace ItsmOrleans.Web.Security;

/// <summary>
/// Accounts for trying the product, each with the password "&lt;user name&gt;-password": one per role (demo-requester,
/// demo-agent, demo-noc, demo-change-manager, demo-admin) and the people of the demo organisation. An account that
/// exists is left as it is.
/// </summary>
public sealed class DemoAccounts(IGrainFactory grains, LocalPasswords passwords, ILogger<DemoAccounts> logger)
{
    public const string CreatedBy = "demo data";

    public static string PasswordOf(string userName) => $"{userName}-password";

    public static string OneFor(Role role) => $"demo-{RoleNames.Of(role)}";

    public async Task EnsureOnePerRole()
    {
        var created = await Ensure([.. RoleNames.All.Select(role => new NewDemoAccount(
            OneFor(role), $"Demo {RoleNames.Of(role)}", [role], role == Role.Agent ? ["service-desk", "network-ops"] : []))]);
        foreach (var account in created)
        {
            logger.LogWarning("Demo account {UserName} / {Password} ({Role}); demo accounts are for trying the product only",
                account.UserName, PasswordOf(account.UserName), RoleNames.Of(account.Roles[0]));
        }
    }

    /// <summary>Creates those of <paramref name="accounts"/> that do not exist yet, in order (a manager before the people who report to them).</summary>
    /// <returns>The accounts created now.</returns>
    public async Task<IReadOnlyList<NewDemoAccount>> Ensure(IReadOnlyList<NewDemoAccount> accounts)
    {
        var missing = new List<NewDemoAccount>();
        foreach (var account in accounts)
        {
            if (await Grain(account).GetCredentials() is null)
            {
                missing.Add(account);
            }
        }

        // Password hashes are slow by design; making them side by side spreads the work over the cores.
        var hashes = await Task.WhenAll(missing.Select(account => Task.Run(() => passwords.Hash(PasswordOf(account.UserName)))));
        for (var i = 0; i < missing.Count; i++)
        {
            var account = missing[i];
            await Grain(account).Create(new NewUserAccount(account.UserName, account.DisplayName, account.Roles, account.Groups, hashes[i], CreatedBy, account.Manager));
        }

        return missing;
    }

    private IUserAccountGrain Grain(NewDemoAccount account) => grains.GetGrain<IUserAccountGrain>(LocalSignIn.Normalize(account.UserName));
}
