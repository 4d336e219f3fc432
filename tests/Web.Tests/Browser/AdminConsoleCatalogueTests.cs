namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The administration console's catalogue section, driven only by clicking and typing.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class AdminConsoleCatalogueTests(WebAppFixture app) : AdminConsoleTest(app)
{
    private static readonly string[] Tasks = ["Hand over"];

    [Fact]
    public async Task An_admin_creates_an_item_with_a_choice_field_and_a_requester_is_offered_its_form()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (item, group) = ($"monitor-{suffix}", $"desktop-{suffix}");
        await Accounts.CreateUser(App, "agent", group);
        var page = await OpenSection("catalogue");

        await page.ClickAsync("[data-new-item]");
        var form = page.Locator("[data-catalogue-form]");
        await form.Locator("input[name=id]").FillAsync(item);
        await form.Locator("input[name=name]").FillAsync($"Second monitor {suffix}");
        await form.Locator("input[name=category]").FillAsync("Hardware");
        await form.Locator("select[name=fulfilmentGroup]").SelectOptionAsync(group);
        await form.Locator("textarea[name=tasks]").FillAsync("Order the monitor\nDeliver it");
        await form.Locator("[data-add-field]").ClickAsync();
        var field = form.Locator("[data-form-field='0']");
        await field.Locator("[data-part=name]").FillAsync("size");
        await field.Locator("[data-part=label]").FillAsync("Screen size");
        await field.Locator("[data-part=type]").SelectOptionAsync("choice");
        await field.Locator("[data-part=required]").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(field.Locator("[data-field-problem='fields[0].choices']")).ToHaveTextAsync("A choice field lists its choices.", new() { Timeout = 10_000 });

        await field.Locator("[data-part=choices]").FillAsync("24 inch, 27 inch");
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"[data-catalogue-list] tr[data-catalogue-item='{item}']").WaitForAsync(new() { Timeout = 10_000 });

        var stored = (await App.Http.GetFromJsonAsync<JsonElement>("api/catalog")).EnumerateArray().Single(i => i.GetProperty("id").GetString() == item);
        var storedField = Assert.Single(stored.GetProperty("fields").EnumerateArray());
        Assert.Equal(("size", "choice", true), (storedField.GetProperty("name").GetString(), storedField.GetProperty("type").GetString(), storedField.GetProperty("required").GetBoolean()));
        Assert.Equal(["24 inch", "27 inch"], storedField.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["Order the monitor", "Deliver it"], stored.GetProperty("tasks").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(group, stored.GetProperty("fulfilmentGroup").GetString());
        Assert.Equal(1, stored.GetProperty("version").GetInt32());

        var portal = await OpenSignedIn("requests.html", "requester");
        await portal.ClickAsync($"[data-item='{item}']", new() { Timeout = 15_000 });
        await Assertions.Expect(portal.Locator("[data-request-form] [data-field=size]")).ToContainTextAsync("Screen size *", new() { Timeout = 10_000 });
        await Assertions.Expect(portal.Locator("[name=answer-size] option")).ToHaveTextAsync(["", "24 inch", "27 inch"]);
    }

    [Fact]
    public async Task An_admin_changes_an_item_and_then_removes_it_after_confirming()
    {
        var item = $"chair-{Guid.NewGuid():N}"[..14];
        using (var defined = await App.Http.PutAsJsonAsync($"api/catalog/{item}", new { name = "Chair", tasks = Tasks, fulfilmentGroup = "desktop" }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var page = await OpenSection("catalogue");
        await page.ClickAsync($"[data-edit-item='{item}']", new() { Timeout = 10_000 });
        var form = page.Locator($"[data-catalogue-form][data-editing='{item}']");
        await form.Locator("input[name=name]").FillAsync("Standing desk chair");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-catalogue-item='{item}']")).ToContainTextAsync("Standing desk chair", new() { Timeout = 10_000 });
        var changed = await Stored(item);
        Assert.Equal(("Standing desk chair", 2, "desktop"), (changed?.GetProperty("name").GetString(), changed?.GetProperty("version").GetInt32(), changed?.GetProperty("fulfilmentGroup").GetString()));

        await page.ClickAsync($"[data-remove-item='{item}']");
        await page.ClickAsync($"[data-confirm-remove='{item}']");
        await page.Locator($"tr[data-catalogue-item='{item}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        Assert.Null(await Stored(item));
    }

    private async Task<JsonElement?> Stored(string item) =>
        (await App.Http.GetFromJsonAsync<JsonElement>("api/catalog")).EnumerateArray().Cast<JsonElement?>().SingleOrDefault(i => i!.Value.GetProperty("id").GetString() == item);
}
