using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The administration console's people and credentials sections, driven only by clicking and typing as an admin.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class AdminConsolePeopleTests(WebAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_admin_creates_a_person_with_roles_a_group_and_a_manager_changes_their_roles_and_the_person_signs_in()
    {
        var (manager, _) = await Accounts.CreateUser(App, "agent");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (userName, group, password) = ($"pat-{suffix}", $"ops-{suffix}", "correct-horse-battery-" + suffix);
        var page = await OpenSignedIn("admin.html", "admin");
        var section = await AdminConsole.Open(page, "users");

        var form = section.Locator("[data-user-create]");
        await form.Locator("input[name=userName]").FillAsync(userName);
        await form.Locator("input[name=displayName]").FillAsync("Pat Example");
        await form.Locator("input[name=password]").FillAsync("too-short");
        await form.Locator("input[name=roles][value=agent]").CheckAsync();
        await form.Locator("input[name=roles][value=noc]").CheckAsync();
        await form.Locator("input[name=groups]").FillAsync(group);
        await form.Locator("input[name=manager]").FillAsync(manager);
        await form.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Assertions.Expect(form.Locator("[data-field-problem=password]")).ToContainTextAsync("at least 12", new() { Timeout = 10_000 });
        await form.Locator("input[name=password]").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        var row = section.Locator($"[data-user-rows] tr[data-user='{userName}']");
        await row.WaitForAsync(new() { Timeout = 10_000 });
        var created = await User(userName);

        await row.GetByRole(AriaRole.Button, new() { Name = $"Edit {userName}" }).ClickAsync();
        var edit = section.Locator("[data-user-edit]");
        await edit.Locator("input[name=roles][value=noc]").UncheckAsync();
        await edit.Locator("input[name=manager]").FillAsync("");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("agent", new() { Timeout = 10_000 });
        var changed = await User(userName);

        var theirs = await OpenSignedInAs("oncall.html", userName, password);
        await theirs.Locator("body[data-shell=ready]").WaitForAsync(new() { Timeout = 20_000 });
        var links = await theirs.Locator("header [aria-label=Pages] a").AllInnerTextsAsync();

        Assert.Equal(["agent", "noc"], Roles(created));
        Assert.Equal([group], Groups(created));
        Assert.Equal((manager, "Pat Example"), (Manager(created), created.GetProperty("displayName").GetString()));
        Assert.Equal(["agent"], Roles(changed));
        Assert.Equal([group], Groups(changed));
        Assert.Null(Manager(changed));
        Assert.Contains("On call", links);
        Assert.DoesNotContain("Administration", links);
    }

    [Fact]
    public async Task An_admin_sets_a_new_password_for_someone_who_forgot_theirs_and_only_the_new_one_signs_in()
    {
        var (userName, oldPassword) = await Accounts.CreateUser(App, "agent");
        var newPassword = "a-fresh-long-password-" + Guid.NewGuid().ToString("N")[..6];
        var page = await OpenSignedIn("admin.html", "admin");
        var section = await AdminConsole.Open(page, "users");

        await section.Locator($"[data-user-rows] tr[data-user='{userName}']").GetByRole(AriaRole.Button, new() { Name = $"Edit {userName}" }).ClickAsync();
        var form = section.Locator("[data-user-password]");
        await form.Locator("input[name=password]").FillAsync("short");
        await form.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(form.Locator("[data-field-problem=password]")).ToContainTextAsync("at least 12", new() { Timeout = 10_000 });
        await form.Locator("input[name=password]").FillAsync(newPassword);
        await form.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(form.Locator("[data-form-done]")).ToHaveTextAsync($"{userName} has a new password.", new() { Timeout = 10_000 });

        var refused = await OpenSignedInAs("oncall.html", userName, oldPassword);
        await refused.Locator("[data-signin-error]").WaitForAsync(new() { Timeout = 15_000 });
        var theirs = await OpenSignedInAs("oncall.html", userName, newPassword);
        await theirs.Locator("body[data-shell=ready]").WaitForAsync(new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task An_admin_makes_a_group_with_its_first_member_adds_another_and_takes_the_first_out()
    {
        var (ann, _) = await Accounts.CreateUser(App, "agent");
        var (bob, _) = await Accounts.CreateUser(App, "agent");
        var group = $"net-{Guid.NewGuid():N}"[..12];
        var page = await OpenSignedIn("admin.html", "admin");
        var section = await AdminConsole.Open(page, "groups");

        var create = section.Locator("[data-group-create]");
        await create.Locator("input[name=group]").FillAsync(group);
        await create.Locator("input[name=userName]").FillAsync(ann);
        await create.GetByRole(AriaRole.Button, new() { Name = "Create group" }).ClickAsync();
        var card = section.Locator($"[data-group='{group}']");
        await card.Locator($"[data-member='{ann}']").WaitForAsync(new() { Timeout = 10_000 });
        var add = card.Locator("[data-group-add]");
        await add.Locator("input[name=userName]").FillAsync("nobody-by-this-name");
        await add.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Assertions.Expect(add.Locator("[data-form-problem]")).Not.ToBeEmptyAsync(new() { Timeout = 10_000 });
        await add.Locator("input[name=userName]").FillAsync(bob);
        await add.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await card.Locator($"[data-member='{bob}']").WaitForAsync(new() { Timeout = 10_000 });
        await card.GetByRole(AriaRole.Button, new() { Name = $"Remove {ann} from {group}" }).ClickAsync();
        await Assertions.Expect(section.Locator($"[data-group='{group}'] [data-member='{ann}']")).ToHaveCountAsync(0, new() { Timeout = 10_000 });

        var groups = await App.Http.GetFromJsonAsync<JsonElement>("api/groups");
        var stored = groups.EnumerateArray().Single(g => g.GetProperty("name").GetString() == group);
        Assert.Equal([bob], stored.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task An_admin_creates_an_api_key_sees_its_secret_once_the_key_works_and_once_revoked_it_is_refused()
    {
        var name = $"Nagios {Guid.NewGuid():N}"[..14];
        var page = await OpenSignedIn("admin.html", "admin");
        var section = await AdminConsole.Open(page, "api-keys");

        var form = section.Locator("[data-api-key-create]");
        await form.Locator("input[name=name]").FillAsync(name);
        await form.Locator("select[name=role]").SelectOptionAsync("agent");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var secret = section.Locator("[data-secret]");
        await secret.WaitForAsync(new() { Timeout = 10_000 });
        var key = await secret.Locator("[data-secret-value]").InnerTextAsync();
        var warning = await secret.InnerTextAsync();
        var worked = await StatusWith(key);
        await secret.GetByRole(AriaRole.Button, new() { Name = "I have stored it" }).ClickAsync();
        var row = section.Locator("[data-api-key-rows] tr").Filter(new() { HasText = name });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "active");
        var afterDismissing = await page.ContentAsync();
        await page.ReloadAsync();
        section = await AdminConsole.Open(page, "api-keys");
        row = section.Locator("[data-api-key-rows] tr").Filter(new() { HasText = name });
        await row.GetByRole(AriaRole.Button, new() { Name = $"Revoke {name}" }).ClickAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "revoked", new() { Timeout = 10_000 });

        Assert.Contains("shown this once", warning, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, worked);
        Assert.DoesNotContain(key, afterDismissing, StringComparison.Ordinal);
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(key));
    }

    [Fact]
    public async Task An_admin_defines_an_integration_key_for_a_service_sees_only_its_ending_and_rotates_it_with_an_overlap()
    {
        var service = $"svc-{Guid.NewGuid():N}"[..12];
        using (var defined = await App.Http.PutAsJsonAsync($"api/services/{service}", new { name = "Payments " + service, kind = "technical", criticality = 2 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        await Eventually.Get<string>(async () => (await App.Http.GetStringAsync("api/services")).Contains(service, StringComparison.Ordinal) ? "listed" : null,
            TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(100), "the service in the list");
        var page = await OpenSignedIn("admin.html", "admin");
        var section = await AdminConsole.Open(page, "integrations");

        var form = section.Locator("[data-integration-create]");
        await form.Locator("input[name=name]").FillAsync("Zabbix");
        await form.Locator("select[name=serviceId]").SelectOptionAsync(service);
        await form.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var secret = section.Locator("[data-secret]");
        await secret.WaitForAsync(new() { Timeout = 10_000 });
        var first = await secret.Locator("[data-secret-value]").InnerTextAsync();
        await secret.GetByRole(AriaRole.Button, new() { Name = "I have stored it" }).ClickAsync();
        var row = section.Locator($"[data-integration-rows] tr[data-integration='{first[^4..]}']");
        var shown = await row.InnerTextAsync();
        var listing = await page.ContentAsync();

        await row.Locator("input[name=overlap]").FillAsync("2");
        await row.GetByRole(AriaRole.Button, new() { Name = "Rotate" }).ClickAsync();
        await secret.WaitForAsync(new() { Timeout = 10_000 });
        var second = await secret.Locator("[data-secret-value]").InnerTextAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "retiring", new() { Timeout = 10_000 });
        var old = await App.Http.GetFromJsonAsync<JsonElement>($"api/integrations/{first}");

        Assert.Contains($"…{first[^4..]}", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(first, listing, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.Equal(second, old.GetProperty("replacedBy").GetString());
        Assert.InRange(old.GetProperty("retiresAt").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromHours(1.9), TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.Accepted, await Trigger(second));
        Assert.Equal(HttpStatusCode.Accepted, await Trigger(first));
    }

    [Fact]
    public async Task The_people_sections_pass_axe_core()
    {
        var page = await OpenSignedIn("admin.html", "admin");
        var findings = new List<string>();
        foreach (var section in new[] { "users", "groups", "api-keys", "integrations", "escalation", "on-call" })
        {
            await AdminConsole.Open(page, section);
            var result = await page.RunAxe();
            findings.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"#{section}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
        }

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    private async Task<JsonElement> User(string userName) => await App.Http.GetFromJsonAsync<JsonElement>($"api/admin/users/{userName}");

    private static string[] Roles(JsonElement user) =>
        [.. user.GetProperty("roles").EnumerateArray().Select(r => ItsmOrleans.Contracts.Security.RoleNames.Of(ItsmOrleans.Contracts.Security.RoleNames.Parse(r.GetString())!.Value))];

    private static string? Manager(JsonElement user) => user.TryGetProperty("manager", out var manager) ? manager.GetString() : null;

    private static string[] Groups(JsonElement user) => [.. user.GetProperty("groups").EnumerateArray().Select(g => g.GetString()!)];

    private async Task<HttpStatusCode> StatusWith(string apiKey)
    {
        using var client = new HttpClient { BaseAddress = App.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        using var answer = await client.GetAsync("api/me");
        return answer.StatusCode;
    }

    private async Task<HttpStatusCode> Trigger(string routingKey)
    {
        using var monitor = new HttpClient { BaseAddress = App.BaseAddress };
        using var answer = await monitor.PostAsJsonAsync("v2/enqueue", new
        {
            routing_key = routingKey,
            event_action = "trigger",
            payload = new { summary = "Disk 91% full", source = "pay-1", severity = "warning" },
        });
        return answer.StatusCode;
    }
}
