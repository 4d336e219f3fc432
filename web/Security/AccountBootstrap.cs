using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Security;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Web.Security;

/// <summary>At start: makes sure the configured bootstrap admin API key exists, so automation works from the first run.</summary>
public sealed class AccountBootstrap(IGrainFactory grains, IOptions<SecurityOptions> options, ILogger<AccountBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value.Admin;
        if (admin.ApiKey is not { Length: > 0 } configured)
        {
            return;
        }

        if (!ApiKeySecret.TryParse(configured, out var key))
        {
            throw new OptionsValidationException(SecurityOptions.Section, typeof(SecurityOptions),
                ["Security:Admin:ApiKey must look like itsm_<id>.<secret> (letters and digits in the id, 32 or more characters of secret)."]);
        }

        if (key.Secret.Length < 32)
        {
            throw new OptionsValidationException(SecurityOptions.Section, typeof(SecurityOptions), ["Security:Admin:ApiKey needs a secret of 32 or more characters."]);
        }

        await grains.GetGrain<IApiKeyGrain>(key.Id).Create(new NewApiKey("bootstrap admin", Role.Admin, [], key.SecretHash, "configuration"));
        logger.LogInformation("The configured admin API key {KeyId} is ready", key.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
