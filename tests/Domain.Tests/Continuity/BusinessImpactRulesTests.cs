using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Domain.Tests.Continuity;

public class BusinessImpactRulesTests
{
    private static readonly RecoveryObjectives FourHours = new(TimeSpan.FromHours(4), TimeSpan.FromMinutes(15), TimeSpan.FromHours(24));

    [Fact]
    public void A_complete_analysis_passes_and_is_stored_with_its_harm_in_the_order_it_comes()
    {
        var impact = new BusinessImpact(
            FourHours,
            [new(TimeSpan.FromHours(4), ImpactKind.Financial, " Orders lost "), new(TimeSpan.FromHours(1), ImpactKind.Reputational, "Customers notice")],
            [" Take orders ", "Invoice customers"]);

        BusinessImpactRules.Validate(impact);
        var stored = BusinessImpactRules.Normalise(impact);

        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(4)], stored.ImpactOverTime.Select(s => s.After));
        Assert.Equal("Orders lost", stored.ImpactOverTime[1].Description);
        Assert.Equal(["Take orders", "Invoice customers"], stored.VitalBusinessFunctions);
    }

    [Fact]
    public void Each_bad_part_is_named_by_its_field()
    {
        var impact = new BusinessImpact(
            new RecoveryObjectives(TimeSpan.FromHours(8), TimeSpan.FromHours(-1), TimeSpan.FromHours(2)),
            [
                new(TimeSpan.Zero, ImpactKind.Financial, "Too soon"),
                new(TimeSpan.FromHours(2), (ImpactKind)42, ""),
                new(TimeSpan.FromHours(2), (ImpactKind)42, "Twice"),
            ],
            ["Take orders", "take orders ", ""]);

        var refused = Assert.Throws<DomainValidationException>(() => BusinessImpactRules.Validate(impact));

        Assert.Equal(
            [
                "impactOverTime[0].after", "impactOverTime[1].description", "impactOverTime[1].kind", "impactOverTime[2]", "impactOverTime[2].kind",
                "objectives.maximumTolerableDowntime", "objectives.rpo", "vitalBusinessFunctions[1]", "vitalBusinessFunctions[2]",
            ],
            refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_analysis_without_objectives_is_allowed_while_the_business_works_them_out()
    {
        BusinessImpactRules.Validate(new BusinessImpact(null, [new(TimeSpan.FromDays(2), ImpactKind.Regulatory, "Filing deadline missed")], []));
    }
}
