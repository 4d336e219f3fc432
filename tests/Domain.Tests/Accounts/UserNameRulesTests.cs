using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Accounts;

namespace ItsmOrleans.Domain.Tests.Accounts;

/// <summary>Which user names an administrator may give an account.</summary>
public class UserNameRulesTests
{
    [Theory]
    [InlineData("system")]
    [InlineData("Monitoring")]
    [InlineData("SYSTEM")]
    public void The_names_the_hub_acts_and_raises_tickets_under_are_refused(string userName)
    {
        var errors = new FieldErrors();
        AccountRules.ValidateUserName(errors, userName);
        var (field, message) = Assert.Single(errors.List());
        Assert.Equal("userName", field);
        Assert.Contains("acts under", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ann.lee")]
    [InlineData("systems-team")]
    public void Ordinary_names_pass(string userName)
    {
        var errors = new FieldErrors();
        AccountRules.ValidateUserName(errors, userName);
        Assert.False(errors.Any);
    }
}
