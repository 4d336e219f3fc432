using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Domain.Tests.References;

public class PersonNamesTests
{
    private static readonly Caller Ann = new("ann", [Role.Agent], []);

    [Theory]
    [InlineData("ANN")]
    [InlineData("system")]
    [InlineData("Monitoring")]
    [InlineData("jwt:amira@corp.example")]
    public void The_caller_the_hub_itself_and_identity_provider_users_are_known_without_looking(string name)
    {
        Assert.True(PersonNames.NeedNoLookup(name, Ann));
    }

    [Theory]
    [InlineData("bob")]
    [InlineData("key:deploy-bot")]
    [InlineData("jwt:")]
    public void Local_accounts_and_api_keys_are_looked_up(string name)
    {
        Assert.False(PersonNames.NeedNoLookup(name, Ann));
    }

    [Fact]
    public void An_api_key_callers_name_stands_for_the_key_name()
    {
        Assert.Equal("deploy-bot", PersonNames.ApiKeyName("key:deploy-bot"));
        Assert.Null(PersonNames.ApiKeyName("bob"));
    }
}
