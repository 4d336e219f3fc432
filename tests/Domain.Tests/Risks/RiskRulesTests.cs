using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;

namespace ItsmOrleans.Domain.Tests.Risks;

public class RiskRulesTests
{
    private static IReadOnlyDictionary<string, string[]> Refused(Action validate) => Assert.Throws<DomainValidationException>(validate).Errors;

    [Fact]
    public void A_new_risk_needs_a_title_an_owner_and_a_known_category_and_scores_on_the_scale()
    {
        var errors = Refused(() => RiskRules.Validate(new RecordRisk(" ", (RiskCategory)42, "", Inherent: new RiskRating(0, 6))));

        Assert.Equal(["title", "category", "owner", "inherent.impact", "inherent.likelihood"], errors.Keys);
    }

    [Fact]
    public void An_update_names_each_bad_control_action_and_alternative_by_its_position()
    {
        var update = new UpdateRisk(
            Controls: ["Nightly backup", " "],
            Actions: [new RiskAction("Add a second supplier", "")],
            Alternatives: [new Alternative("Build it in house", "")]);

        var errors = Refused(() => RiskRules.Validate(update));

        Assert.Equal(["controls[1]", "actions[0].owner", "alternatives[0].whyRejected"], errors.Keys);
    }

    [Fact]
    public void An_empty_update_is_refused()
    {
        Assert.Equal(["body"], Refused(() => RiskRules.Validate(new UpdateRisk())).Keys);
    }

    [Fact]
    public void Treatment_never_scores_a_risk_above_its_inherent_score()
    {
        RiskRules.EnsureResidualWithinInherent(new RiskRating(4, 4), new RiskRating(4, 4));
        RiskRules.EnsureResidualWithinInherent(new RiskRating(4, 4), new RiskRating(5, 3));
        RiskRules.EnsureResidualWithinInherent(null, null);

        Assert.Equal(["residual"], Refused(() => RiskRules.EnsureResidualWithinInherent(new RiskRating(2, 2), new RiskRating(3, 2))).Keys);
        Assert.Equal(["residual"], Refused(() => RiskRules.EnsureResidualWithinInherent(null, new RiskRating(1, 1))).Keys);
    }

    [Fact]
    public void The_owner_services_and_action_owners_are_references_that_must_exist()
    {
        var references = RiskRules.References("alice", new RiskLinks(ServiceIds: ["email", "dns"]), [new RiskAction("Renew", "bob")]);

        Assert.Equal(["owner", "links.serviceIds[0]", "links.serviceIds[1]", "actions[0].owner"], references.Select(r => r.Field));
    }
}
