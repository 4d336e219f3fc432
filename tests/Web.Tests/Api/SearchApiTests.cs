namespace ItsmOrleans.Web.Tests.Api;

/// <summary>GET /api/search through the real app: what an agent, a requester and the NOC find, of every kind, and bad searches refused.</summary>
[Collection(WebAppTests.Name)]
public class SearchApiTests(WebAppFixture app)
{
    private static readonly string[] OneTask = ["Order it"];

    [Fact]
    public async Task Each_caller_finds_what_they_may_read_words_of_descriptions_replies_and_work_notes_included()
    {
        var word = SearchWords.Unique("zqwd");
        var requesterKey = await Accounts.CreateNamedApiKey(app, "requester " + word, "requester");
        var nocKey = await Accounts.CreateApiKey(app, "noc");

        using var mine = new HttpClient { BaseAddress = app.BaseAddress };
        mine.DefaultRequestHeaders.Add("X-Api-Key", requesterKey);
        var own = await mine.CreateIncident(new { title = $"Laptop {word} will not boot", description = "Since this morning", impact = "low", urgency = "low" });
        var other = await app.Http.CreateIncident(new { title = "Payroll export fails", description = $"The {word} batch job stops at 40 %", impact = "high", urgency = "high", requester = "someone-else" });
        var noted = await app.Http.CreateIncident(new { title = "Slow file share", description = "Users wait for minutes", impact = "medium", urgency = "medium", requester = "someone-else" });
        using (var note = await app.Http.Send(HttpMethod.Post, $"api/incidents/{noted.Id}/comments", new { text = $"Suspect the {word} filter driver", visibility = "workNote" }))
        {
            await note.EnsureStatus(HttpStatusCode.Created);
        }

        using (var reply = await app.Http.Send(HttpMethod.Post, $"api/incidents/{own.Id}/comments", new { text = "We ordered a replacement disk", visibility = "public" }))
        {
            await reply.EnsureStatus(HttpStatusCode.Created);
        }

        Assert.Equal(new[] { own.Id, other.Id, noted.Id }.Order(), (await Found(app.Http, $"q={word}&kind=incident")).Order());
        Assert.Equal([own.Id], await Found(app.Http, $"q={word} replacement"));

        // The requester finds only their own incident; the NOC reads everything but work notes.
        Assert.Equal([own.Id], await Found(mine, $"q={word}"));
        using var noc = new HttpClient { BaseAddress = app.BaseAddress };
        noc.DefaultRequestHeaders.Add("X-Api-Key", nocKey);
        Assert.Equal(new[] { own.Id, other.Id }.Order(), (await Found(noc, $"q={word}&kind=incident")).Order());

        // Snippets come from what the caller may read: the requester's never quotes a work note.
        using (var noteOnOwn = await app.Http.Send(HttpMethod.Post, $"api/incidents/{own.Id}/comments", new { text = $"Internal: {word} firmware zeroday", visibility = "workNote" }))
        {
            await noteOnOwn.EnsureStatus(HttpStatusCode.Created);
        }

        var snippet = await Snippet(mine, $"q={word}");
        Assert.Contains($"<mark>{word}</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("zeroday", snippet, StringComparison.Ordinal);
        Assert.Contains("zeroday", await Snippet(app.Http, $"q=zeroday {word}"), StringComparison.Ordinal);

        Assert.Equal([other.Id], await Found(app.Http, $"q={word}&priority=P1&open=true"));
        Assert.Equal([own.Id], await Found(app.Http, $"q=\"{word} will not\""));
    }

    [Fact]
    public async Task Problems_are_found_by_their_analysis_by_those_who_may_read_problems_and_never_by_requesters()
    {
        var word = SearchWords.Unique("zpwd");
        using (var created = await app.Http.PostAsJsonAsync("api/problems", new { title = "Nightly backups overrun", description = $"The {word} snapshot holds the volume lock" }))
        {
            await created.EnsureStatus(HttpStatusCode.Created);
        }

        await app.Http.CreateIncident(new { title = $"Backup {word} late again", description = "Third night in a row", impact = "low", urgency = "low", requester = "someone" });
        var found = await Search(app.Http, $"q={word}");
        Assert.Equal(["incident", "problem"], found.Select(f => f.Kind).Order(StringComparer.Ordinal));
        Assert.Equal(["problem"], (await Search(app.Http, $"q={word}&kind=problem")).Select(f => f.Kind));
        Assert.Contains(await Search(app.Http, $"q={word}&status=new"), f => f.Kind == "problem");

        using var requester = new HttpClient { BaseAddress = app.BaseAddress };
        requester.DefaultRequestHeaders.Add("X-Api-Key", await Accounts.CreateNamedApiKey(app, "requester " + word, "requester"));
        Assert.Empty(await Search(requester, $"q={word}&kind=problem"));
        Assert.DoesNotContain(await Search(requester, $"q={word}"), f => f.Kind == "problem");
    }

    [Fact]
    public async Task Requests_changes_known_errors_and_services_are_found_by_kind_and_a_requester_finds_only_their_requests_and_services()
    {
        var word = SearchWords.Unique("zkwd");
        var service = $"svc-{word}";
        using (var defined = await app.Http.PutAsJsonAsync($"api/services/{service}", new { name = $"Payroll {word}", kind = "business", criticality = 2, description = "Monthly salary runs" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var item = $"laptop-{word}";
        using (var defined = await app.Http.PutAsJsonAsync($"api/catalog/{item}", new
        {
            name = $"New laptop {word}",
            category = "Hardware",
            fields = Array.Empty<object>(),
            approval = new { kind = "none" },
            tasks = OneTask,
            fulfilmentGroup = "desktop",
        }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        using var requester = new HttpClient { BaseAddress = app.BaseAddress };
        requester.DefaultRequestHeaders.Add("X-Api-Key", await Accounts.CreateNamedApiKey(app, "requester " + word, "requester"));
        var own = await Submitted(requester, item);
        var others = await Submitted(app.Http, item);

        using (var created = await app.Http.PostAsJsonAsync("api/changes", new
        {
            type = "normal",
            title = "Upgrade the payroll database",
            description = $"Move {word} to the new cluster",
            serviceId = service,
            implementationPlan = "One node at a time",
            backoutPlan = "Fail back to the old cluster",
            alternatives = new[] { new { description = "Stay", whyRejected = "Out of support" } },
            implementer = "erin",
            window = new { start = DateTimeOffset.UtcNow.AddDays(30), end = DateTimeOffset.UtcNow.AddDays(30).AddHours(2) },
            riskAnswers = new { complexity = "low", testedBeforehand = true, backoutTested = true, outageRequired = false, usersAffected = "some" },
        }))
        {
            await created.EnsureStatus(HttpStatusCode.Created);
        }

        Guid knownError;
        using (var created = await app.Http.PostAsJsonAsync("api/problems", new { title = "Payslips blank", description = $"The {word} template loses its fonts" }))
        {
            await created.EnsureStatus(HttpStatusCode.Created);
            knownError = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        using (var analysed = await app.Http.PatchAsJsonAsync($"api/problems/{knownError}", new { workaround = "Install the fonts locally" }))
        {
            await analysed.EnsureStatus(HttpStatusCode.OK);
        }

        using (var published = await app.Http.PutAsJsonAsync($"api/problems/{knownError}/known-error", new { knownError = true }))
        {
            await published.EnsureStatus(HttpStatusCode.OK);
        }

        using (var plain = await app.Http.PostAsJsonAsync("api/problems", new { title = "Payroll export slow", description = $"The {word} export takes an hour" }))
        {
            await plain.EnsureStatus(HttpStatusCode.Created);
        }

        Assert.Equal(["change", "problem", "problem", "service", "service-request", "service-request"], (await Search(app.Http, $"q={word}")).Select(f => f.Kind).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { own, others }.Order(), (await Found(app.Http, $"q={word}&kind=service-request")).Order());
        Assert.Equal([knownError], await Found(app.Http, $"q={word}&kind=known-error"));
        Assert.Equal(["change"], (await Search(app.Http, $"q={word}&kind=change&status=new")).Select(f => f.Kind));
        Assert.Equal(["service"], (await Search(app.Http, $"q=salary {word}")).Select(f => f.Kind));

        Assert.Equal(new[] { ("service", ServiceSearchId(service)), ("service-request", own) }.Order(), (await Search(requester, $"q={word}")).Order());
        Assert.Empty(await Search(requester, $"q={word}&kind=change,problem,known-error"));

        // Status names are those of the kinds searched.
        using var wrongStatus = await app.Http.GetAsync($"api/search?q={word}&kind=change&status=onHold");
        Assert.Equal(HttpStatusCode.BadRequest, wrongStatus.StatusCode);
    }

    private static Guid ServiceSearchId(string key) => ItsmOrleans.Domain.Search.ServiceSearchId.Of(key);

    private static async Task<Guid> Submitted(HttpClient http, string item)
    {
        using var submitted = await http.PostAsJsonAsync("api/requests", new { itemId = item, answers = new { } });
        await submitted.EnsureStatus(HttpStatusCode.Created);
        return (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Theory]
    [InlineData("q=" + "x", null)]
    [InlineData("kind=ticket", "kind")]
    [InlineData("status=sleeping", "status")]
    [InlineData("priority=P9", "priority")]
    [InlineData("limit=0", "limit")]
    [InlineData("createdFrom=yesterday", "createdFrom")]
    [InlineData("createdFrom=2026-12-02&createdBefore=2026-12-01", "createdBefore")]
    [InlineData("open=maybe", "open")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("q=-only", "q")]
    [InlineData("after=not-a-cursor", "after")]
    [InlineData("colour=red", "colour")]
    public async Task A_bad_search_is_a_400_naming_the_parameter(string query, string? field)
    {
        using var response = await app.Http.GetAsync($"api/search?{query}");
        if (field is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {problem}");
    }

    [Fact]
    public async Task A_search_longer_than_the_limit_is_refused()
    {
        using var response = await app.Http.GetAsync($"api/search?q={new string('a', 201)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<List<(string Kind, Guid Id)>> Search(HttpClient http, string query)
    {
        using var response = await http.GetAsync($"api/search?{query}");
        await response.EnsureStatus(HttpStatusCode.OK);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("kind").GetString()!, i.GetProperty("id").GetGuid()))];
    }

    private static async Task<string> Snippet(HttpClient http, string query)
    {
        using var response = await http.GetAsync($"api/search?{query}");
        await response.EnsureStatus(HttpStatusCode.OK);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("snippet").GetString()!;
    }

    private static async Task<List<Guid>> Found(HttpClient http, string query)
    {
        using var response = await http.GetAsync($"api/search?{query}");
        await response.EnsureStatus(HttpStatusCode.OK);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }
}
