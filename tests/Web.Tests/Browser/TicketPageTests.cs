using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Two agents in two Chromium contexts on one ticket: presence, typing, live edits, a stale form and a reply race.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class TicketPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 10_000 };

    [Fact]
    public async Task Two_agents_see_each_other_and_each_others_edits_without_reloading()
    {
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Conference room screen black"));
        var path = $"ticket.html?id={incident.Id}";
        var ann = await OpenSignedIn(path, "agent");
        var ben = await OpenSignedIn(path, "agent");
        await ann.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await ben.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        var benName = await Name(ben);

        await ben.FocusAsync("[data-fields-form] input[name=title]");
        await ann.Locator($"[data-viewer='{benName}'][data-activity=editing]").Filter(new() { HasText = "editing title" }).WaitForAsync(Soon);
        await ben.FillAsync("[data-reply-form] textarea", "Checking the HDMI switch");
        await ann.Locator($"[data-viewer='{benName}'][data-activity=typingNote]").WaitForAsync(Soon);

        await ann.FillAsync("[data-fields-form] textarea[name=description]", "Projector shows no signal since Monday");
        await ann.ClickAsync("[data-save]");
        await Assertions.Expect(ben.Locator("[data-fields-form] textarea[name=description]")).ToHaveValueAsync("Projector shows no signal since Monday", new() { Timeout = 10_000 });

        await ben.FillAsync("[data-fields-form] input[name=title]", "Room 2 screen black (HDMI)");
        await ann.FillAsync("[data-fields-form] input[name=title]", "Room 2 screen black");
        await ann.ClickAsync("[data-save]");
        await ben.Locator("[data-fields-form][data-stale=true]").WaitForAsync(Soon);
        await ben.ClickAsync("[data-save]");
        await ben.Locator("[data-conflict=title]").Filter(new() { HasText = "Room 2 screen black" }).WaitForAsync(Soon);
        await ben.ClickAsync("[data-keep-mine=title]");
        await Assertions.Expect(ann.Locator("[data-fields-form] input[name=title]")).ToHaveValueAsync("Room 2 screen black (HDMI)", new() { Timeout = 10_000 });

        await ann.FillAsync("[data-reply-form] textarea", "Swapping the cable now");
        await ann.SelectOptionAsync("[data-reply-form] select", "public");
        await ann.ClickAsync("[data-send]");
        await ben.Locator("[data-timeline] li").Filter(new() { HasText = "Swapping the cable now" }).WaitForAsync(Soon);
        await ben.ClickAsync("[data-send]");
        await ben.Locator("[data-just-replied]").Filter(new() { HasText = "just replied" }).WaitForAsync(Soon);
        await ben.ClickAsync("[data-send]");
        await ann.Locator("[data-timeline] li").Filter(new() { HasText = "Checking the HDMI switch" }).WaitForAsync(Soon);

        using (var problem = await App.Http.PostAsJsonAsync("api/problems", new { title = "Meeting-room displays lose signal", incidentIds = new[] { incident.Id } }))
        {
            await problem.EnsureStatus(System.Net.HttpStatusCode.Created);
        }

        await ann.Locator("[data-fact=problem]").Filter(new() { HasText = "PRB" }).WaitForAsync(Soon);
        await Screenshot(ann, "ticket.png");
        await ben.CloseAsync();
        await ann.Locator($"[data-viewer='{benName}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        var stored = (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options))!;
        Assert.Equal(("Room 2 screen black (HDMI)", "Projector shows no signal since Monday"), (stored.Title, stored.Description));
        var comments = (await App.Http.GetFromJsonAsync<List<Comment>>($"api/incidents/{incident.Id}/comments", WireJson.Options))!;
        Assert.Equal(["Swapping the cable now", "Checking the HDMI switch"], comments.Select(c => c.Text));
    }

    [Fact]
    public async Task The_board_row_shows_who_is_on_the_ticket_and_who_is_typing_and_a_mention_reaches_the_board()
    {
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: "Badge printer offline"));
        // A colleague on the board: mentions carry the work note, so only people who read work notes hear of them.
        var board = await OpenSignedIn("", "agent");
        await board.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        var agent = await OpenSignedIn($"ticket.html?id={incident.Id}", "agent");
        await agent.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        var badge = board.Locator($"tr[data-incident-id='{incident.Id}'] .presence-badge");
        await badge.Filter(new() { HasText = "1 on it" }).WaitForAsync(Soon);
        var colleague = await Name(board);
        await agent.FillAsync("[data-reply-form] textarea", $"@{colleague} on my way to the printer");
        await board.Locator($"tr[data-incident-id='{incident.Id}'] .presence-badge[data-busy=true]").Filter(new() { HasText = "typing" }).WaitForAsync(Soon);
        await agent.ClickAsync("[data-send]");
        await board.Locator($"[data-mention='{incident.Number}']").Filter(new() { HasText = "on my way to the printer" }).WaitForAsync(Soon);

        await agent.CloseAsync();
        await badge.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
    }

    [Fact]
    public async Task A_ticket_address_without_a_ticket_or_with_an_unknown_one_says_so()
    {
        var page = await OpenSignedIn("ticket.html?id=not-a-ticket", "agent");
        await page.Locator("main .problem").Filter(new() { HasText = "names no ticket" }).WaitForAsync(new() { Timeout = 20_000 });

        await page.GotoAsync(new Uri(App.BaseAddress, $"ticket.html?id={Guid.NewGuid()}").ToString());
        await page.Locator("main .problem").Filter(new() { HasText = "does not exist" }).WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator("body[data-connection-state=offline]").WaitForAsync(new() { Timeout = 5_000 });
    }

    private static async Task<string> Name(IPage page) =>
        await page.EvaluateAsync<string>("async () => (await (await fetch('/api/me')).json()).name");
}
