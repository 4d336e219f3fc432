namespace ItsmOrleans.Web.Tests.Views;

/// <summary>/api/views through the real app: saving, sharing with a group, versioned changes and bad views refused.</summary>
[Collection(WebAppTests.Name)]
public class SavedViewApiTests(WebAppFixture app)
{
    private static readonly string[] TwoColumns = ["number", "title"];

    [Fact]
    public async Task A_saved_view_is_listed_for_its_owner_and_for_members_of_the_groups_it_is_shared_with_only()
    {
        var group = "views-" + Guid.NewGuid().ToString("N")[..8];
        using var owner = await Agent(group);
        using var colleague = await Agent(group);
        using var outsider = await Agent("elsewhere");

        var shared = await Create(owner, new { name = "My P1s", query = "priority=P1&open=true", sort = "updated", columns = TwoColumns, sharedWith = new[] { group } });
        var own = await Create(owner, new { name = "Mail", query = "q=mail" });

        Assert.Equal(["Mail", "My P1s"], (await Names(owner)).Order(StringComparer.Ordinal));
        Assert.Equal(["My P1s"], await Names(colleague));
        Assert.Empty(await Names(outsider));
        Assert.Equal("priority=P1&open=true", shared.GetProperty("query").GetString());
        Assert.Equal([group], shared.GetProperty("sharedWith").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(1, own.GetProperty("version").GetInt32());

        using var read = await colleague.GetAsync($"api/views/{shared.GetProperty("id").GetGuid()}");
        await read.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        using var hidden = await outsider.GetAsync($"api/views/{own.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Changing_or_deleting_a_view_needs_its_version_and_a_stale_one_is_a_409_with_the_current_view()
    {
        using var owner = await Agent();
        var view = await Create(owner, new { name = "Backlog", query = "open=true" });
        var path = $"api/views/{view.GetProperty("id").GetGuid()}";

        using (var unconditional = await owner.Send(HttpMethod.Put, path, new { name = "Backlog 2", query = "open=true" }))
        {
            Assert.Equal(HttpStatusCode.PreconditionRequired, unconditional.StatusCode);
            Assert.Equal("application/problem+json", unconditional.Content.Headers.ContentType?.MediaType);
        }

        using (var changed = await owner.Send(HttpMethod.Put, path, new { name = "Open backlog", query = "open=true&kind=incident" }, ifMatch: "\"1\""))
        {
            await changed.EnsureStatus(HttpStatusCode.OK);
            Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);
        }

        using (var stale = await owner.Send(HttpMethod.Put, path, new { name = "Lost edit", query = "" }, ifMatch: "\"1\""))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
            Assert.Equal("Open backlog", problem.GetProperty("current").GetProperty("name").GetString());
        }

        using (var unconditional = await owner.DeleteAsync(path))
        {
            Assert.Equal(HttpStatusCode.PreconditionRequired, unconditional.StatusCode);
        }

        using (var deleted = await owner.Send(HttpMethod.Delete, path, null, ifMatch: "\"2\""))
        {
            await deleted.EnsureStatus(HttpStatusCode.NoContent);
        }

        Assert.Empty(await Names(owner));
        using var gone = await owner.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Only_the_owner_changes_a_shared_view()
    {
        var group = "views-" + Guid.NewGuid().ToString("N")[..8];
        using var owner = await Agent(group);
        using var colleague = await Agent(group);
        var view = await Create(owner, new { name = "Team queue", query = $"assignmentGroup={group}", sharedWith = new[] { group } });

        using var edit = await colleague.Send(HttpMethod.Put, $"api/views/{view.GetProperty("id").GetGuid()}", new { name = "Mine now", query = "" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(["Team queue"], await Names(owner));
    }

    [Fact]
    public async Task A_retried_create_with_the_same_idempotency_key_saves_one_view()
    {
        using var owner = await Agent();
        var body = new { name = "Retried", query = "q=printer" };
        var first = await Create(owner, body, "retry-1");
        var second = await Create(owner, body, "retry-1");

        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(["Retried"], await Names(owner));

        using var reused = new HttpRequestMessage(HttpMethod.Post, "api/views") { Content = JsonContent.Create(new { name = "Something else", query = "" }) };
        reused.Headers.Add("Idempotency-Key", "retry-1");
        using var refused = await owner.SendAsync(reused);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["Retried"], await Names(owner));
    }

    [Theory]
    [InlineData("""{"name":"","query":""}""", "name")]
    [InlineData("""{"name":"Twice","query":""}""", "name")]
    [InlineData("""{"name":"Bad search","query":"priority=P9"}""", "query")]
    [InlineData("""{"name":"Paged","query":"q=mail&after=abc"}""", "query")]
    [InlineData("""{"name":"Sorted","query":"","sort":"alphabetical"}""", "sort")]
    [InlineData("""{"name":"Columns","query":"","columns":["colour"]}""", "columns")]
    [InlineData("""{"name":"Foreign","query":"","sharedWith":["not-my-group"]}""", "sharedWith")]
    [InlineData("""{"name":"Typo","query":"","colour":"red"}""", "colour")]
    public async Task A_bad_view_is_a_400_naming_the_field_and_nothing_is_saved(string body, string field)
    {
        using var owner = await Agent("my-group");
        await Create(owner, new { name = "Twice", query = "" });

        using var response = await owner.PostAsync("api/views", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(["Twice"], await Names(owner));
    }

    /// <summary>An agent of their own name (views belong to a name), in the given groups.</summary>
    private async Task<HttpClient> Agent(params string[] groups) =>
        app.CreateHttp(await Accounts.CreateNamedApiKey(app, "viewer-" + Guid.NewGuid().ToString("N")[..10], "agent", groups));

    private static async Task<JsonElement> Create(HttpClient http, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/views") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request);
        await response.EnsureStatus(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<string>> Names(HttpClient http)
    {
        using var response = await http.GetAsync("api/views");
        await response.EnsureStatus(HttpStatusCode.OK);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(v => v.GetProperty("name").GetString()!)];
    }
}
