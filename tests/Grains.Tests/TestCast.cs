using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Tests;

/// <summary>
/// The people, assignment groups and services that grain tests name in tickets without being about them. A ticket may
/// name only ones that exist, so each test cluster starts with them: each person is a local account, the groups are
/// those of the service desk's account, and each service is defined.
/// </summary>
public static class TestCast
{
    public static readonly IReadOnlyList<string> People =
        ["alice", "bob", "carla", "carol", "dan", "dana", "dave", "nina", "noc", "otto", "rita", "the-ceo"];

    public static readonly IReadOnlyList<string> Groups = ["apps", "dba", "desk", "desktop", "messaging", "network", "read-model-check"];

    public static readonly IReadOnlyList<string> Services = ["email"];

    public static async Task Create(IGrainFactory grains)
    {
        foreach (var name in People)
        {
            await Person(grains, name);
        }

        await Person(grains, "service-desk", [.. Groups]);
        var admin = new CommandContext(Caller.System);
        foreach (var service in Services)
        {
            await grains.GetGrain<IServiceGrain>(service).Define(admin, new DefineService(service, ServiceKind.Technical, null, null, null, 3, null));
        }
    }

    /// <summary>A local account named <paramref name="userName"/>, in <paramref name="groups"/>; made unless it exists.</summary>
    public static async Task<string> Person(IGrainFactory grains, string userName, params string[] groups)
    {
        var account = grains.GetGrain<IUserAccountGrain>(UserAccountKey.Of(userName));
        if (await account.Find() is null)
        {
            await account.Create(new NewUserAccount(userName, userName, [Role.Agent], groups, "not-a-password-hash", "grain tests"));
        }

        return userName;
    }
}
