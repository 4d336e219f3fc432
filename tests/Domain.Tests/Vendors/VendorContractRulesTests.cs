using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Vendors;
using ItsmOrleans.Domain.Vendors;

namespace ItsmOrleans.Domain.Tests.Vendors;

public class VendorContractRulesTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    [Theory]
    [InlineData("2025-12-31", VendorContractStatus.NotStarted)]
    [InlineData("2026-01-01", VendorContractStatus.Active)]
    [InlineData("2026-11-01", VendorContractStatus.Active)]
    [InlineData("2026-11-02", VendorContractStatus.ExpiringSoon)]
    [InlineData("2026-12-31", VendorContractStatus.ExpiringSoon)]
    [InlineData("2027-01-01", VendorContractStatus.Expired)]
    public void A_contract_warns_within_its_notice_period_and_expires_after_its_last_day(string today, VendorContractStatus expected) =>
        Assert.Equal(expected, VendorContractRules.StatusOn(Start, End, 60, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Terms_that_end_before_they_start_or_name_bad_services_are_refused()
    {
        var refused = Assert.Throws<DomainValidationException>(() => VendorContractRules.Validate("acme-support",
            new DefineVendorContract("Acme", "Support", ["Not A Service"], null, TimeSpan.Zero, null, End, Start, 400)));
        Assert.Equal(["end", "renewalNoticeDays", "responseTarget", "serviceIds"], refused.Errors.Keys.Order());
    }
}
