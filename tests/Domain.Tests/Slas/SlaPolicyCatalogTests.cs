using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Domain.Tests.Slas;

public class SlaPolicyCatalogTests
{
    private static SlaPolicyOptions Policy(TimeSpan response, TimeSpan resolution, params Priority[] priorities) => new()
    {
        Name = "Gold",
        Targets = priorities.ToDictionary(p => p, _ => new SlaTargetOptions { Response = response, Resolution = resolution }),
    };

    private static ConfiguredSlaPolicyCatalog Catalog(SlaPolicyOptions policy, string defaultPolicy = SlaOptions.StandardPolicyId) =>
        new(Options.Create(new SlaOptions { DefaultPolicy = defaultPolicy, Policies = { ["gold"] = policy } }));

    [Fact]
    public void The_standard_policy_carries_the_documented_targets()
    {
        var standard = Catalog(Policy(TimeSpan.FromMinutes(5), TimeSpan.FromHours(1), Enum.GetValues<Priority>())).Find("STANDARD")!;
        Assert.Equal(new SlaTargets(TimeSpan.FromMinutes(15), TimeSpan.FromHours(4)), standard.For(Priority.P1));
        Assert.Equal(new SlaTargets(TimeSpan.FromDays(2), TimeSpan.FromDays(10)), standard.For(Priority.P5));
    }

    [Fact]
    public void A_configured_policy_is_found_by_id_and_can_be_the_default()
    {
        var catalog = Catalog(Policy(TimeSpan.FromMinutes(5), TimeSpan.FromHours(1), Enum.GetValues<Priority>()), defaultPolicy: "Gold");
        Assert.Equal("gold", catalog.DefaultPolicyId);
        Assert.Equal(TimeSpan.FromMinutes(5), catalog.Find("gold")!.For(Priority.P3).Response);
        Assert.Null(catalog.Find("platinum"));
    }

    [Fact]
    public void A_policy_missing_a_priority_is_refused_at_start()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Catalog(Policy(TimeSpan.FromMinutes(5), TimeSpan.FromHours(1), Priority.P1, Priority.P2)));
        Assert.Contains(refused.Failures, f => f.Contains("Targets:P3", StringComparison.Ordinal));
    }

    [Fact]
    public void Targets_must_be_positive_and_at_most_a_year()
    {
        Assert.Throws<OptionsValidationException>(() => Catalog(Policy(TimeSpan.Zero, TimeSpan.FromHours(1), Enum.GetValues<Priority>())));
        Assert.Throws<OptionsValidationException>(() => Catalog(Policy(TimeSpan.FromHours(1), TimeSpan.FromDays(400), Enum.GetValues<Priority>())));
    }

    [Fact]
    public void An_unknown_default_policy_is_refused_at_start()
    {
        Assert.Throws<OptionsValidationException>(() => Catalog(Policy(TimeSpan.FromMinutes(5), TimeSpan.FromHours(1), Enum.GetValues<Priority>()), defaultPolicy: "platinum"));
    }
}
