using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Grains.Tests;

/// <summary>Callers for grain tests.</summary>
public static class Callers
{
    public static Caller Admin(string name) => new(name, [Role.Admin], []);

    public static Caller Agent(string name, params string[] groups) => new(name, [Role.Agent], groups);

    public static Caller Requester(string name) => new(name, [Role.Requester], []);

    public static Caller Noc(string name) => new(name, [Role.Noc], []);

    public static Caller ChangeManager(string name) => new(name, [Role.ChangeManager], []);
}
