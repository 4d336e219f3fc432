namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// A host of its own whose webhooks may reach 127.0.0.1 and no other internal address, so a test has an allowed
/// receiver and, on 127.0.0.2, a refused one.
/// </summary>
public sealed class OneLoopbackAddressWebAppFixture : WebAppFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> Overrides => [new("Webhooks:AllowedPrivateNetworks:0", "127.0.0.1/32")];
}
