using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The Orleans Dashboard, as an admin opens it from a browser, under the hub's own content security policy.</summary>
[Collection(WebAppTests.Name)]
public class DashboardPageTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    [Fact]
    public async Task An_admin_signs_in_and_the_dashboard_shows_the_silo_and_the_hubs_grains()
    {
        await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Seen by the dashboard"));
        var page = await OpenSignedIn("dashboard/index.html", "admin");
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GetByText("Active silos").WaitForAsync(new() { Timeout = 30_000 });
        await Screenshot(page, "orleans-dashboard.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Grains", Exact = true }).ClickAsync();
        await page.GetByText("IncidentGrain").First.WaitForAsync(new() { Timeout = 30_000 });
        output.WriteLine(string.Join('\n', errors));
        Assert.DoesNotContain(errors, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agent_signed_in_is_refused_the_dashboard()
    {
        var page = await OpenSignedIn("dashboard/index.html", "agent");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var answer = await page.GotoAsync(new Uri(App.BaseAddress, "dashboard/index.html").ToString());
        Assert.Equal(403, answer!.Status);
        Assert.NotEqual("Orleans Dashboard", await page.TitleAsync());
    }
}
