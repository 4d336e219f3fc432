using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>A requester on their own ticket's page in Chromium: the conversation live, a reply, and closing it once fixed.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class RequesterTicketPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 10_000 };

    [Fact]
    public async Task A_requester_follows_their_ticket_live_replies_and_confirms_the_resolution_with_a_click()
    {
        var (user, password) = await Accounts.CreateUser(App, "requester");
        var incident = await App.Http.CreateIncident(new { title = "Cannot print to floor 2", description = "Jobs vanish", impact = "low", urgency = "medium", requester = user });
        var page = await OpenSignedInAs($"ticket.html?id={incident.Id}", user, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await Assertions.Expect(page.Locator("[data-fields-form] input[name=title]")).ToHaveAttributeAsync("readonly", "");
        await Assertions.Expect(page.Locator("[data-save]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-take]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-reply-form] select")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-presence]")).ToBeHiddenAsync();

        await Comment(incident.Id, "Queue driver is suspect", "workNote");
        await Comment(incident.Id, "We are looking at the print queue", "public");
        await page.Locator("[data-timeline] li").Filter(new() { HasText = "We are looking at the print queue" }).WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-timeline]")).Not.ToContainTextAsync("Queue driver is suspect");
        await Assertions.Expect(page.Locator("[data-timeline]")).Not.ToContainTextAsync("workNoteAdded");

        await page.FillAsync("[data-reply-form] textarea", "It happens with every document");
        await page.ClickAsync("[data-send]");
        await page.Locator("[data-timeline] li").Filter(new() { HasText = "It happens with every document" }).WaitForAsync(Soon);
        var comments = (await App.Http.GetFromJsonAsync<List<Comment>>($"api/incidents/{incident.Id}/comments", WireJson.Options))!;
        Assert.Equal((user, CommentVisibility.Public), (comments[^1].Author, comments[^1].Visibility));

        await Desk(incident.Id, "assignment", new { assignee = "alice" });
        await Desk(incident.Id, "transitions", new { to = "inProgress" });
        await Desk(incident.Id, "transitions", new { to = "resolved", resolutionCode = "solvedPermanently", resolutionNotes = "Reinstalled the queue driver" });
        await page.Locator("[data-resolution]").Filter(new() { HasText = "Reinstalled the queue driver" }).WaitForAsync(Soon);
        await Screenshot(page, "ticket-requester.png");
        await page.ClickAsync("[data-confirm]");

        await page.Locator("[data-fact=status]").Filter(new() { HasText = "closed" }).WaitForAsync(Soon);
        await Assertions.Expect(page.Locator("[data-resolution]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-reply-form]")).ToBeHiddenAsync();
        var stored = (await App.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options))!;
        Assert.Equal(IncidentStatus.Closed, stored.Status);
    }

    private async Task Comment(Guid id, string text, string visibility)
    {
        using var comment = await App.Http.PostAsJsonAsync($"api/incidents/{id}/comments", new { text, visibility });
        await comment.EnsureStatus(HttpStatusCode.Created);
    }

    private async Task Desk(Guid id, string action, object body)
    {
        using var response = await App.Http.Send(HttpMethod.Post, $"api/incidents/{id}/{action}", body);
        await response.EnsureStatus(HttpStatusCode.OK);
    }
}
