using ItsmOrleans.Contracts.Accounts;

namespace ItsmOrleans.Web.Demo;

/// <summary>
/// The people who act in the demo organisation's story, as callers with the roles and groups of their accounts (what
/// signing in as them gives), so every step passes the same access checks as theirs would.
/// </summary>
public sealed class DemoActors(IGrainFactory grains)
{
    private readonly Dictionary<string, Caller> _callers = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Caller> Caller(string userName)
    {
        if (!_callers.TryGetValue(userName, out var caller))
        {
            var credentials = await grains.GetGrain<IUserAccountGrain>(LocalSignIn.Normalize(userName)).GetCredentials()
                ?? throw new InvalidOperationException($"The demo organisation names '{userName}', who has no account.");
            _callers[userName] = caller = credentials.Caller;
        }

        return caller;
    }

    /// <summary>The command context of <paramref name="userName"/> doing something under <paramref name="requestId"/>, which makes a repeat a no-op.</summary>
    public async Task<CommandContext> Context(string userName, string? requestId = null) => new(await Caller(userName), RequestId: requestId);
}
