using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Domain.Licences;

namespace ItsmOrleans.Domain.Tests.Licences;

public class LicenceRulesTests
{
    [Theory]
    [InlineData(10, 9, LicenceCompliance.Under)]
    [InlineData(10, 10, LicenceCompliance.At)]
    [InlineData(10, 11, LicenceCompliance.Over)]
    [InlineData(0, 0, LicenceCompliance.At)]
    [InlineData(0, 1, LicenceCompliance.Over)]
    public void Compliance_compares_seats_used_with_the_entitlement(int entitlements, int used, LicenceCompliance expected) =>
        Assert.Equal(expected, LicenceRules.ComplianceOf(entitlements, used));

    [Fact]
    public void A_licence_needs_a_product_a_vendor_and_a_sensible_entitlement()
    {
        var refused = Assert.Throws<DomainValidationException>(() => LicenceRules.Validate("visio", new DefineLicence("", "", -1)));
        Assert.Equal(["entitlements", "product", "vendor"], refused.Errors.Keys.Order());
        Assert.Contains("id", Assert.Throws<DomainValidationException>(() => LicenceRules.Validate("Visio Pro", new DefineLicence("Visio", "Microsoft", 5))).Errors.Keys);
    }
}
