using System.Security.Cryptography;
using ItsmOrleans.Contracts.Accounts;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Security;

/// <summary>
/// At start: the configured admin API key exists; on the very first start (no local account yet) an administrator
/// is created with the configured password, or a generated one printed this once; demo accounts when asked for.
/// </summary>
public sealed class AccountBootstrap(
    IGrainFactory grains,
    LocalPasswords passwords,
    DemoAccounts demoAccounts,
    IOptions<SecurityOptions> options,
    ILogger<AccountBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await EnsureAdminApiKey(settings.Admin);
        var directory = grains.GetGrain<IAccountDirectoryGrain>(0);
        if ((await directory.Users()).Count == 0)
        {
            await CreateFirstAdmin(settings.Admin);
        }

        if (settings.DemoUsers)
        {
            await demoAccounts.EnsureOnePerRole();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureAdminApiKey(BootstrapAdminOptions admin)
    {
        if (admin.ApiKey is not { Length: > 0 } configured)
        {
            return;
        }

        if (!ApiKeySecret.TryParse(configured, out var key) || key.Secret.Length < 32)
        {
            throw new OptionsValidationException(SecurityOptions.Section, typeof(SecurityOptions),
                ["Security:Admin:ApiKey must look like itsm_<id>.<secret>: letters and digits in the id, 32 or more characters of secret."]);
        }

        await grains.GetGrain<IApiKeyGrain>(key.Id).Create(new NewApiKey("bootstrap admin", Role.Admin, [], key.SecretHash, "configuration"));
        logger.LogInformation("The configured admin API key {KeyId} is ready", key.Id);
    }

    private async Task CreateFirstAdmin(BootstrapAdminOptions admin)
    {
        var generated = admin.Password is not { Length: > 0 };
        var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)) : admin.Password!;
        if (LocalPasswords.Problem(password) is { } problem)
        {
            throw new OptionsValidationException(SecurityOptions.Section, typeof(SecurityOptions), [$"Security:Admin:Password: {problem}"]);
        }

        await grains.GetGrain<IUserAccountGrain>(LocalSignIn.Normalize(admin.UserName))
            .Create(new NewUserAccount(admin.UserName, "Administrator", [Role.Admin], [], passwords.Hash(password), "first start"));
        if (generated)
        {
            // Printed once: the next start finds the account and prints nothing.
            logger.LogWarning("First start: created the administrator '{UserName}' with the password {Password} (shown only now; change it with POST /api/admin/users/{UserName}/password)", admin.UserName, password, admin.UserName);
        }
        else
        {
            logger.LogInformation("First start: created the administrator '{UserName}' with the configured password", admin.UserName);
        }
    }
}
