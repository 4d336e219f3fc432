using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The wallboard accounts for every open incident, those that do not fit the screen included, and has nothing to focus.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class WallboardOverflowTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly (string Impact, string Urgency)[] Mix =
    [
        ("high", "high"), ("high", "high"), ("high", "medium"), ("high", "medium"), ("medium", "high"),
        ("high", "low"), ("medium", "medium"), ("low", "high"), ("medium", "low"), ("low", "medium"),
        ("low", "low"), ("low", "low"), ("low", "low"), ("medium", "medium"),
    ];

    [Fact]
    public async Task Rows_that_do_not_fit_are_counted_by_priority_in_the_more_line_and_nothing_on_the_wall_takes_focus()
    {
        var group = await App.NewGroup("wallfit");
        var priorities = new Dictionary<string, Priority>();
        foreach (var (impact, urgency) in Mix)
        {
            var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: $"{impact} impact, {urgency} urgency", group: group, impact: impact, urgency: urgency));
            priorities[incident.Id.ToString()] = incident.Priority;
        }

        var page = await OpenSignedIn($"?wall&group={group}", "noc", 1280, 500);
        await page.Locator("body.wall[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-incident-rows] tr")).ToHaveCountAsync(Mix.Length, new() { Timeout = 15_000 });

        var more = page.Locator("[data-more]");
        await more.WaitForAsync(new() { Timeout = 10_000 });
        // The line follows the layout (fonts, the banner above the table): read both until they agree, as a viewer would.
        string[] onScreen = [];
        List<Priority> hidden = [];
        string expected = "", shown = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(10); ;)
        {
            onScreen = await page.EvaluateAsync<string[]>("""
                () => {
                  const { top, bottom } = document.querySelector("[data-table-viewport]").getBoundingClientRect();
                  return [...document.querySelectorAll("[data-incident-rows] tr")]
                    .filter((row) => { const box = row.getBoundingClientRect(); return box.top >= top - 1 && box.bottom <= bottom + 1; })
                    .map((row) => row.dataset.incidentId);
                }
                """);
            hidden = [.. priorities.Where(p => !onScreen.Contains(p.Key)).Select(p => p.Value)];
            var byPriority = hidden.GroupBy(p => p).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}");
            expected = $"+{hidden.Count.ToString(CultureInfo.InvariantCulture)} more: {string.Join(", ", byPriority)}";
            shown = (await more.InnerTextAsync()).Trim();
            if (expected == shown || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.NotEmpty(onScreen);
        Assert.NotEmpty(hidden);
        Assert.Equal(expected, shown);
        Assert.True(await more.IsVisibleAsync());

        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("BODY", await page.EvaluateAsync<string>("() => document.activeElement?.tagName ?? 'BODY'"));
        }

        var firstLink = page.Locator("[data-incident-rows] a").First;
        await firstLink.ClickAsync(new() { Force = true });
        Assert.DoesNotContain("ticket.html", page.Url, StringComparison.Ordinal);
        var clickable = await page.Locator("[data-raise-incident], button:visible").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.outerHTML.slice(0, 120))");
        Assert.True(clickable.Length == 0, string.Join(Environment.NewLine, clickable));
    }
}
