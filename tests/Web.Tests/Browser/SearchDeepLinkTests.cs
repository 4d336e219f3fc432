namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Search hits of every kind open their record's own page, which shows that record and keeps it in its address.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class SearchDeepLinkTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Soon = new() { Timeout = 15_000 };

    private static readonly string[] OneTask = ["Order it"];

    [Fact]
    public async Task Change_problem_service_request_and_service_hits_open_their_record_in_its_console()
    {
        var word = SearchWords.Unique("zdwd");
        var service = $"payroll-{word}";
        await Ok(App.Http.PutAsJsonAsync($"api/services/{service}", new { name = $"Payroll {word}", kind = "business", criticality = 2, description = "Monthly salary runs" }));
        var change = await Created(App.Http.PostAsJsonAsync("api/changes", new
        {
            type = "normal",
            title = $"Upgrade the {word} database",
            description = "Move it to the new cluster",
            serviceId = service,
            implementationPlan = "One node at a time",
            backoutPlan = "Fail back to the old cluster",
            alternatives = new[] { new { description = "Stay", whyRejected = "Out of support" } },
            implementer = "erin",
            window = new { start = DateTimeOffset.UtcNow.AddDays(40), end = DateTimeOffset.UtcNow.AddDays(40).AddHours(2) },
            riskAnswers = new { complexity = "low", testedBeforehand = true, backoutTested = true, outageRequired = false, usersAffected = "some" },
        }));
        var problem = await Created(App.Http.PostAsJsonAsync("api/problems", new { title = $"Payslips {word} blank", description = "The template loses its fonts" }));
        var item = $"laptop-{word}";
        await Ok(App.Http.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = $"New laptop {word}",
            description = "A standard laptop",
            category = "Hardware",
            fields = Array.Empty<object>(),
            approval = new { kind = "none" },
            tasks = OneTask,
            fulfilmentGroup = "desktop",
        }));
        var request = await Created(App.Http.PostAsJsonAsync("api/requests", new { itemId = item, answers = new { } }));

        var page = await OpenSignedIn($"search.html?q={word}", "agent");
        await OpenHit(page, Number(change));
        await page.Locator($"[data-change-details][data-change-id='{Id(change)}']").WaitForAsync(Soon);
        Assert.Contains(Number(change), await page.Locator("[data-change-heading]").TextContentAsync(), StringComparison.Ordinal);
        Assert.EndsWith($"/changes.html?id={Id(change)}", page.Url, StringComparison.Ordinal);

        await BackToSearch(page);
        await OpenHit(page, Number(problem));
        await page.Locator($"[data-rca][data-problem='{Number(problem)}']").WaitForAsync(Soon);
        Assert.Equal($"{Number(problem)} · Payslips {word} blank", await page.Locator("[data-problem-heading]").TextContentAsync());
        Assert.EndsWith($"/problems.html?id={Id(problem)}", page.Url, StringComparison.Ordinal);

        await BackToSearch(page);
        await OpenHit(page, Number(request));
        await page.Locator($"[data-request-detail][data-request='{Number(request)}']").WaitForAsync(Soon);
        Assert.Contains($"New laptop {word}", await page.Locator("[data-request-detail] h3").TextContentAsync(), StringComparison.Ordinal);
        Assert.EndsWith($"/requests.html?id={Id(request)}", page.Url, StringComparison.Ordinal);

        await BackToSearch(page);
        await OpenHit(page, service);
        await page.Locator($"[data-service-details][data-service-id='{service}']").WaitForAsync(Soon);
        Assert.Equal($"Payroll {word}", await page.Locator("[data-service-heading]").TextContentAsync());
        Assert.EndsWith($"/services.html?id={service}", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("changes.html", "[data-change-details]", "change")]
    [InlineData("problems.html", "[data-problem-missing]", "problem")]
    [InlineData("requests.html", "[data-request-detail]", "request")]
    [InlineData("services.html", "[data-service-details]", "service")]
    public async Task An_address_naming_an_unknown_record_says_there_is_none(string console, string message, string kind)
    {
        var unknown = Guid.NewGuid().ToString();
        var page = await OpenSignedIn($"{console}?id={unknown}", "agent");

        await page.Locator(message).Filter(new() { HasText = $"There is no {kind} with the id \"{unknown}\"" }).WaitForAsync(Soon);
    }

    [Fact]
    public async Task A_record_picked_in_a_console_is_named_in_its_address_so_the_address_can_be_shared()
    {
        var word = SearchWords.Unique("zpwd");
        var problem = await Created(App.Http.PostAsJsonAsync("api/problems", new { title = $"Printer {word} queue stuck", description = "Jobs wait for ever" }));
        var page = await OpenSignedIn("problems.html", "agent");
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });

        await page.ClickAsync($"[data-problem-number='{Number(problem)}']");
        await page.Locator($"[data-rca][data-problem='{Number(problem)}']").WaitForAsync(Soon);
        Assert.EndsWith($"/problems.html?id={Id(problem)}", page.Url, StringComparison.Ordinal);

        var shared = await Browser.NewPageAsync();
        var (user, password) = await Accounts.CreateUser(App, "agent");
        await shared.GotoAsync(page.Url);
        await SignIn(shared, user, password);
        await shared.Locator($"[data-rca][data-problem='{Number(problem)}']").WaitForAsync(Soon);
    }

    private static async Task OpenHit(IPage page, string number)
    {
        var row = page.Locator($"[data-results] tr[data-number='{number}']");
        await row.WaitForAsync(Soon);
        await row.Locator("a").First.ClickAsync();
    }

    private static async Task BackToSearch(IPage page)
    {
        await page.GoBackAsync();
        await page.Locator("body[data-ready=true]").WaitForAsync(new() { Timeout = 20_000 });
    }

    private static async Task Ok(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        await response.EnsureStatus(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> Created(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        await response.EnsureStatus(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Id(JsonElement record) => record.GetProperty("id").GetString()!;

    private static string Number(JsonElement record) => record.GetProperty("number").GetString()!;
}
