namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The request portal in real headless Chromium: a requester asks for a catalogue item and follows it.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class RequestPortalPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly string[] Sizes = ["small", "large"];
    private static readonly string[] Tasks = ["Order", "Deliver"];

    [Fact]
    public async Task A_requester_submits_a_catalogue_item_sees_the_form_problems_and_follows_it_to_fulfilment()
    {
        var (approver, approverPassword) = await Accounts.CreateUser(App, "agent");
        var item = $"monitor-{Guid.NewGuid():N}"[..16];
        using (var defined = await App.Http.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = "Second monitor " + item,
            category = "Hardware",
            fields = new[] { new { name = "size", label = "Size", type = "choice", required = true, choices = Sizes } },
            approval = new { kind = "named", approvers = new[] { approver } },
            tasks = Tasks,
            fulfilmentGroup = "desktop",
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var (requester, password) = await Accounts.CreateUser(App, "requester");
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("403", StringComparison.Ordinal) && !message.Text.Contains("400", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text);
            }
        };
        await page.GotoAsync(new Uri(App.BaseAddress, "requests.html").ToString());
        await SignIn(page, requester, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync($"[data-item='{item}']");
        await page.EvaluateAsync("() => document.querySelector('[name=answer-size]').removeAttribute('required')");
        await page.ClickAsync("[data-request-form] button[type=submit]");
        await page.Locator("[data-field-problem='size']").Filter(new() { HasText = "required" }).WaitForAsync(new() { Timeout = 10_000 });

        await page.SelectOptionAsync("[name=answer-size]", "large");
        await page.ClickAsync("[data-request-form] button[type=submit]");
        var detail = page.Locator("[data-request-detail]");
        await detail.Locator("h3").Filter(new() { HasText = "waitingForApproval" }).WaitForAsync(new() { Timeout = 10_000 });
        var number = await detail.GetAttributeAsync("data-request");

        var (approverSession, _) = await Accounts.SignIn(App, approver, approverPassword);
        using (approverSession)
        {
            var mine = await approverSession.GetFromJsonAsync<System.Text.Json.JsonElement>("api/requests");
            var id = mine.EnumerateArray().Single(r => r.GetProperty("number").GetString() == number).GetProperty("id").GetString();
            using var approved = await approverSession.PostAsJsonAsync($"api/requests/{id}/approvals", new { decision = "approve" });
            await approved.EnsureStatus(HttpStatusCode.OK);
        }

        Assert.Equal(0, await detail.Locator("[data-approve]").CountAsync());
        await page.ClickAsync("[data-refresh]");
        await page.Locator($"tr[data-request='{number}'][data-status='inFulfilment']").WaitForAsync(new() { Timeout = 10_000 });
        await detail.Locator("h3").Filter(new() { HasText = "inFulfilment" }).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Empty(consoleErrors);

        await Screenshot(page, "requests.png");
    }

    [Fact]
    public async Task The_manager_recorded_on_the_requester_s_account_approves_by_clicking_in_the_portal()
    {
        var (manager, managerPassword) = await Accounts.CreateUser(App, "requester");
        var (requester, password) = await Accounts.CreateUser(App, "requester");
        await Accounts.RecordManager(App, requester, manager);
        var item = $"headset-{Guid.NewGuid():N}"[..16];
        using (var defined = await App.Http.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = "Headset " + item,
            category = "Hardware",
            fields = new[] { new { name = "size", label = "Size", type = "choice", required = true, choices = Sizes } },
            approval = new { kind = "manager" },
            tasks = Tasks,
            fulfilmentGroup = "desktop",
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        await page.GotoAsync(new Uri(App.BaseAddress, "requests.html").ToString());
        await SignIn(page, requester, password);
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ClickAsync($"[data-item='{item}']");
        await page.Locator("[data-approval-note]").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(0, await page.Locator("[data-request-form] [name=manager]").CountAsync());
        await page.SelectOptionAsync("[name=answer-size]", "small");
        await page.ClickAsync("[data-request-form] button[type=submit]");
        var detail = page.Locator("[data-request-detail]");
        await detail.Locator("h3").Filter(new() { HasText = "waitingForApproval" }).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(0, await detail.Locator("[data-approve]").CountAsync());
        Assert.Contains(manager, await detail.InnerTextAsync(), StringComparison.Ordinal);
        var id = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"];

        var managerPage = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        await managerPage.GotoAsync(new Uri(App.BaseAddress, $"requests.html?id={id}").ToString());
        await SignIn(managerPage, manager, managerPassword);
        await managerPage.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await managerPage.ClickAsync("[data-request-detail] [data-approve]");
        await managerPage.Locator("[data-request-detail] h3").Filter(new() { HasText = "inFulfilment" }).WaitForAsync(new() { Timeout = 10_000 });

        await page.ClickAsync("[data-refresh]");
        await detail.Locator("h3").Filter(new() { HasText = "inFulfilment" }).WaitForAsync(new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task An_agent_takes_and_completes_fulfilment_tasks_from_the_queue_then_closes_the_fulfilled_request()
    {
        var item = $"badge-{Guid.NewGuid():N}"[..14];
        var group = $"facilities-{Guid.NewGuid():N}"[..18];
        using (var defined = await App.Http.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = "Door badge",
            category = "Facilities",
            fields = Array.Empty<object>(),
            approval = new { kind = "none" },
            tasks = Tasks,
            fulfilmentGroup = group,
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        using var submitted = await App.Http.PostAsJsonAsync("api/requests", new { itemId = item, answers = new { } });
        await submitted.EnsureStatus(HttpStatusCode.Created);
        var request = await submitted.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var number = request.GetProperty("number").GetString();

        var page = await OpenSignedIn("requests.html", "agent");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
        await page.FillAsync("[data-queue-filter] input[name=assignmentGroup]", group);
        await page.ClickAsync("[data-queue-filter] button");
        await page.Locator($"tr[data-task='{number}-2']").WaitForAsync(new() { Timeout = 10_000 });

        await page.ClickAsync($"[data-take='{number}-1']");
        await page.Locator($"tr[data-task='{number}-1'] .task-assignee").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(".+") }).WaitForAsync(new() { Timeout = 10_000 });
        await page.CheckAsync("[data-queue-filter] input[name=mine]");
        await page.ClickAsync("[data-queue-filter] button");
        await page.Locator($"tr[data-task='{number}-2']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });

        await page.ClickAsync($"[data-done='{number}-1']");
        await page.UncheckAsync("[data-queue-filter] input[name=mine]");
        await page.ClickAsync("[data-queue-filter] button");
        await page.ClickAsync($"[data-done='{number}-2']");
        await page.Locator($"tr[data-task='{number}-2']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        await page.Locator($"tr[data-request='{number}'][data-status='fulfilled']").WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync($"tr[data-request='{number}'] button");
        await page.ClickAsync("[data-request-move=inFulfilment]");
        await page.Locator("[data-request-detail] .problem").Filter(new() { HasText = "Say why" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.ClickAsync("[data-request-move=closed]");
        await page.Locator($"tr[data-request='{number}'][data-status='closed']").WaitForAsync(new() { Timeout = 10_000 });

        var closed = await App.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"api/requests/{request.GetProperty("id").GetString()}");
        Assert.All(closed.GetProperty("tasks").EnumerateArray(), t => Assert.True(t.GetProperty("done").GetBoolean()));
        Assert.Equal("closed", closed.GetProperty("status").GetString());
    }
}
