using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Views;
using ItsmOrleans.Domain.Views;

namespace ItsmOrleans.Domain.Tests.Views;

public class SavedViewRulesTests
{
    private static readonly Caller Owner = new("erin", [Role.Agent], ["Network", "Service desk"]);

    private static SavedView Existing(string name) =>
        new(Guid.NewGuid(), "erin", name, "", null, [], [], 1, DateTimeOffset.UnixEpoch);

    private static IReadOnlyDictionary<string, string[]> Problems(SavedViewDefinition definition, IReadOnlyCollection<SavedView>? others = null, bool isNew = true) =>
        Assert.Throws<DomainValidationException>(() => SavedViewRules.Validate(Owner, SavedViewRules.Normalize(definition), others ?? [], isNew)).Errors;

    [Fact]
    public void A_view_is_trimmed_and_its_columns_and_groups_are_named_once_as_the_api_spells_them()
    {
        var normalized = SavedViewRules.Normalize(new SavedViewDefinition("  P1s ", "?open=true", " Updated ", ["NUMBER", "title", "number"], ["network", "Network"]));

        Assert.Equal("P1s", normalized.Name);
        Assert.Equal("open=true", normalized.Query);
        Assert.Equal("updated", normalized.Sort);
        Assert.Equal(["number", "title"], normalized.Columns);
        Assert.Equal(["network"], normalized.SharedWith);
        SavedViewRules.Validate(Owner, normalized, [], isNew: true);
    }

    [Fact]
    public void Names_are_unique_per_owner_ignoring_case_but_a_view_keeps_its_own_name()
    {
        Assert.Contains("name", Problems(new SavedViewDefinition("my p1s", "", null, [], []), [Existing("My P1s")]).Keys);
        SavedViewRules.Validate(Owner, new SavedViewDefinition("My P1s", "", null, [], []), [], isNew: false);
    }

    [Fact]
    public void A_view_is_shared_only_with_groups_its_owner_belongs_to()
    {
        var problems = Problems(new SavedViewDefinition("Shared", "", null, [], ["Network", "Finance"]));

        Assert.Equal(["sharedWith"], problems.Keys);
        Assert.Contains("Finance", problems["sharedWith"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_owner_keeps_at_most_fifty_views()
    {
        var full = Enumerable.Range(0, SavedViewRules.MaxViews).Select(i => Existing($"View {i}")).ToList();

        Assert.Contains("name", Problems(new SavedViewDefinition("One more", "", null, [], []), full).Keys);
        SavedViewRules.Validate(Owner, new SavedViewDefinition("Renamed", "", null, [], []), full.Skip(1).ToList(), isNew: false);
    }

    [Fact]
    public void Every_problem_of_a_view_is_named_at_once()
    {
        var problems = Problems(new SavedViewDefinition("", new string('q', SavedViewRules.MaxQuery + 1), "alphabetical", ["colour"], ["Finance"]));

        Assert.Equal(["columns", "name", "query", "sharedWith", "sort"], problems.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Members_of_a_group_a_view_is_shared_with_see_it_others_do_not()
    {
        var view = Existing("Team") with { SharedWith = ["Network"] };

        Assert.True(SavedViewRules.Sees(new Caller("dan", [Role.Agent], ["network"]), view));
        Assert.False(SavedViewRules.Sees(new Caller("fay", [Role.Agent], ["Finance"]), view));
        Assert.True(SavedViewRules.Sees(Owner, view));
    }
}
