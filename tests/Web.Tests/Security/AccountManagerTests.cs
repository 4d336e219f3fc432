namespace ItsmOrleans.Web.Tests.Security;

/// <summary>The manager on a local account decides who approves the person's requests, so only admins record it.</summary>
[Collection(WebAppTests.Name)]
public class AccountManagerTests(WebAppFixture app)
{
    private static readonly string[] RequesterRole = ["requester"];

    private static string? ManagerOf(JsonElement account) =>
        account.TryGetProperty("manager", out var manager) && manager.ValueKind == JsonValueKind.String ? manager.GetString() : null;

    [Fact]
    public async Task An_admin_records_changes_and_removes_a_person_s_manager()
    {
        var (mona, _) = await Accounts.CreateUser(app, "requester");
        var (max, _) = await Accounts.CreateUser(app, "agent");
        var userName = $"rita-{Guid.NewGuid():N}"[..16];

        using (var created = await app.Http.PostAsJsonAsync("api/admin/users", new { userName, roles = RequesterRole, password = "pw-" + Guid.NewGuid().ToString("N"), manager = mona.ToUpperInvariant() }))
        {
            await created.EnsureStatus(HttpStatusCode.Created);
            Assert.Equal(mona, ManagerOf(await created.Content.ReadFromJsonAsync<JsonElement>()));
        }

        using (var changed = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{userName}", new { manager = max }))
        {
            await changed.EnsureStatus(HttpStatusCode.OK);
        }

        using (var renamed = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{userName}", new { displayName = "Rita" }))
        {
            Assert.Equal(max, ManagerOf(await renamed.Content.ReadFromJsonAsync<JsonElement>()));
        }

        using (var removed = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{userName}", new { manager = "" }))
        {
            await removed.EnsureStatus(HttpStatusCode.OK);
        }

        Assert.Null(ManagerOf(await app.Http.GetFromJsonAsync<JsonElement>($"api/admin/users/{userName}")));
    }

    [Fact]
    public async Task An_unknown_manager_or_the_account_itself_is_refused_naming_the_manager_field()
    {
        var (rita, _) = await Accounts.CreateUser(app, "requester");
        var userName = $"ned-{Guid.NewGuid():N}"[..16];

        using var unknown = await app.Http.PostAsJsonAsync("api/admin/users", new { userName, roles = RequesterRole, password = "pw-" + Guid.NewGuid().ToString("N"), manager = $"nobody-{Guid.NewGuid():N}"[..20] });
        using var self = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{rita}", new { manager = rita });
        using var unknownOnUpdate = await app.Http.Send(HttpMethod.Patch, $"api/admin/users/{rita}", new { manager = "nobody-at-all" });

        foreach (var refused in new[] { unknown, self, unknownOnUpdate })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("manager", out _));
        }

        using var notCreated = await app.Http.GetAsync($"api/admin/users/{userName}");
        Assert.Equal(HttpStatusCode.NotFound, notCreated.StatusCode);
    }

    [Theory]
    [InlineData("requester")]
    [InlineData("agent")]
    public async Task Only_admins_record_a_manager(string role)
    {
        var (rita, _) = await Accounts.CreateUser(app, "requester");
        var (accomplice, _) = await Accounts.CreateUser(app, "requester");
        using var caller = app.CreateHttp(await Accounts.CreateApiKey(app, role));

        using var update = await caller.Send(HttpMethod.Patch, $"api/admin/users/{rita}", new { manager = accomplice });
        using var create = await caller.PostAsJsonAsync("api/admin/users", new { userName = $"sock-{Guid.NewGuid():N}"[..16], roles = RequesterRole, password = "pw-" + Guid.NewGuid().ToString("N"), manager = accomplice });

        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Null(ManagerOf(await app.Http.GetFromJsonAsync<JsonElement>($"api/admin/users/{rita}")));
    }
}
