using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Web.Tests.Changes;

namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>Change managers and admins keep standard-change templates and freezes from the change calendar, by clicking and typing.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class ChangeCatalogPageTests(WebAppFixture app) : BrowserTest(app)
{
    private static readonly LocatorWaitForOptions Shown = new() { Timeout = 15_000 };

    [Theory]
    [InlineData("change-manager")]
    [InlineData("admin")]
    public async Task A_template_defined_on_the_page_raises_a_standard_change_and_can_be_edited_and_deleted(string role)
    {
        var requests = new ChangeRequests(App);
        var mail = await requests.Service("mail");
        var page = await OpenCalendar(requests, mail, role);
        var id = $"relay-restart-{requests.Suffix}";

        var templates = await OpenCatalogPart(page, "templates");
        await templates.Locator("[data-new-item]").ClickAsync();
        var form = templates.Locator("[data-item-form]");
        await form.Locator("input[name=name]").FillAsync($"Restart a mail relay {requests.Suffix}");
        await form.Locator("input[name=id]").FillAsync("Relay Restart!");
        await form.Locator("textarea[name=description]").FillAsync("Routine restart of one relay");
        await form.Locator("textarea[name=implementationPlan]").FillAsync("Drain the relay, restart it, check the queue");
        await form.Locator("textarea[name=backoutPlan]").FillAsync("Put the relay back in the pool as it was");
        await form.Locator("select[name=serviceIds]").SelectOptionAsync([mail]);
        await form.Locator("input[name=maxDuration]").FillAsync("2");
        await form.Locator("[data-save-item]").ClickAsync();
        await form.Locator("[data-field-problem=id]").Filter(new() { HasText = "lower-case" }).WaitForAsync(Shown);

        await form.Locator("input[name=id]").FillAsync(id);
        await form.Locator("[data-save-item]").ClickAsync();
        await templates.Locator($"[data-item='{id}']").WaitForAsync(Shown);
        Assert.True(await form.IsHiddenAsync());
        var saved = Assert.Single((await Catalog()).Templates, t => t.Id == id);
        Assert.Equal(($"Restart a mail relay {requests.Suffix}", "Routine restart of one relay", "Drain the relay, restart it, check the queue", "Put the relay back in the pool as it was", TimeSpan.FromHours(2)),
            (saved.Name, saved.Description, saved.ImplementationPlan, saved.BackoutPlan, saved.MaxDuration));
        Assert.Equal([mail], saved.ServiceIds);

        await page.ClickAsync("[data-close-catalog]");
        var changeId = await RaiseStandardChange(page, requests, mail, id);
        var change = (await App.Http.GetFromJsonAsync<ChangeView>($"api/changes/{changeId}", WireJson.Options))!;
        Assert.Equal(ChangeType.Standard, change.Type);
        Assert.Equal(id, change.TemplateId);
        Assert.Equal("Drain the relay, restart it, check the queue", change.ImplementationPlan);

        templates = await OpenCatalogPart(page, "templates");
        await templates.Locator($"[data-edit-item='{id}']").ClickAsync();
        await form.Locator("input[name=name]").FillAsync($"Restart one mail relay {requests.Suffix}");
        await form.Locator("[data-save-item]").ClickAsync();
        await templates.Locator($"[data-item='{id}']", new() { HasText = "Restart one mail relay" }).WaitForAsync(Shown);
        Assert.Equal($"Restart one mail relay {requests.Suffix}", Assert.Single((await Catalog()).Templates, t => t.Id == id).Name);
        Assert.Equal(1, await page.Locator($"[data-change-editor] select[name=templateId] option[value='{id}']", new() { HasText = "Restart one mail relay" }).CountAsync());

        await templates.Locator($"[data-edit-item='{id}']").ClickAsync();
        await form.Locator("[data-delete-item]").ClickAsync();
        await templates.Locator($"[data-item='{id}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        Assert.DoesNotContain((await Catalog()).Templates, t => t.Id == id);
    }

    [Theory]
    [InlineData("change-manager")]
    [InlineData("admin")]
    public async Task A_freeze_defined_on_the_page_is_shaded_on_the_calendar_and_can_be_moved_and_deleted(string role)
    {
        var requests = new ChangeRequests(App);
        var mail = await requests.Service("mail");
        var page = await OpenCalendar(requests, mail, role);
        var freezeShading = page.Locator(".ec-bg-event.freeze");
        Assert.Equal(0, await freezeShading.CountAsync());

        var freezes = await OpenCatalogPart(page, "freezes");
        await freezes.Locator("[data-new-item]").ClickAsync();
        var form = freezes.Locator("[data-item-form]");
        await form.Locator("input[name=name]").FillAsync($"Year-end {requests.Suffix}");
        var id = await form.Locator("input[name=id]").InputValueAsync();
        Assert.Equal($"year-end-{requests.Suffix}", id);
        await form.Locator("input[name=start]").FillAsync(Local(requests.Day.AddHours(2)));
        await form.Locator("input[name=end]").FillAsync(Local(requests.Day.AddHours(30)));
        await form.Locator("select[name=serviceIds]").SelectOptionAsync([mail]);
        await form.Locator("textarea[name=reason]").FillAsync("Books close");
        await Screenshot(page, "change-catalog.png");
        Assert.Empty(await AxeFindings.Serious(page, "the catalogue dialog"));
        await form.Locator("[data-save-item]").ClickAsync();
        await freezes.Locator($"[data-item='{id}']").WaitForAsync(Shown);
        await page.ClickAsync("[data-close-catalog]");
        await freezeShading.First.WaitForAsync(Shown);
        var saved = Assert.Single((await Catalog()).Freezes, f => f.Id == id);
        Assert.Equal((requests.Day.AddHours(2), requests.Day.AddHours(30), "Books close"), (saved.Start, saved.End, saved.Reason));
        Assert.Equal([mail], saved.ServiceIds);

        freezes = await OpenCatalogPart(page, "freezes");
        await freezes.Locator($"[data-edit-item='{id}']").ClickAsync();
        await form.Locator("input[name=end]").FillAsync(Local(requests.Day.AddHours(1)));
        await form.Locator("[data-save-item]").ClickAsync();
        await form.Locator("[data-field-problem=start]").Filter(new() { HasText = "ends after it starts" }).WaitForAsync(Shown);
        Assert.Equal("true", await form.Locator("input[name=start]").GetAttributeAsync("aria-invalid"));

        await form.Locator("input[name=end]").FillAsync(Local(requests.Day.AddHours(8)));
        await form.Locator("[data-save-item]").ClickAsync();
        await form.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 15_000 });
        Assert.Equal(requests.Day.AddHours(8), Assert.Single((await Catalog()).Freezes, f => f.Id == id).End);

        await freezes.Locator($"[data-edit-item='{id}']").ClickAsync();
        await form.Locator("[data-delete-item]").ClickAsync();
        await freezes.Locator($"[data-item='{id}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        await page.ClickAsync("[data-close-catalog]");
        await Assertions.Expect(freezeShading).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        Assert.DoesNotContain((await Catalog()).Freezes, f => f.Id == id);
    }

    [Theory]
    [InlineData("noc")]
    [InlineData("agent")]
    public async Task Roles_outside_the_cab_are_not_offered_the_catalogue(string role)
    {
        var requests = new ChangeRequests(App);
        var mail = await requests.Service("mail");
        var page = await OpenCalendar(requests, mail, role);

        // The page has read the roles once it is live; the New change button shows it did for agents.
        Assert.Equal(role == "agent", await page.Locator("[data-new-change]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-open-catalog]").IsHiddenAsync());
        Assert.True(await page.Locator("[data-catalog]").IsHiddenAsync());
    }

    private static async Task<Guid> RaiseStandardChange(IPage page, ChangeRequests requests, string service, string templateId)
    {
        await page.ClickAsync("[data-new-change]");
        var editor = page.Locator("[data-change-editor]");
        await editor.Locator("select[name=type]").SelectOptionAsync("standard");
        await editor.Locator("select[name=templateId]").SelectOptionAsync(templateId);
        await editor.Locator("input[name=title]").FillAsync("Restart relay 2");
        await editor.Locator("select[name=serviceId]").SelectOptionAsync(service);
        await editor.Locator("input[name=start]").FillAsync(Local(requests.Day.AddHours(10)));
        await editor.Locator("input[name=end]").FillAsync(Local(requests.Day.AddHours(11.5)));
        await editor.Locator("[data-save-change]").ClickAsync();

        var details = page.Locator("[data-change-details][data-change-id]");
        await details.WaitForAsync(Shown);
        await page.Locator(".ec-event.change", new() { HasText = "Restart relay 2" }).WaitForAsync(Shown);
        return Guid.Parse((await details.GetAttributeAsync("data-change-id"))!);
    }

    private async Task<IPage> OpenCalendar(ChangeRequests requests, string service, string role)
    {
        var date = requests.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await OpenSignedIn($"changes.html?date={date}&service={service}", role);
        await page.Locator("body[data-connection-state=live]").WaitForAsync(new() { Timeout = 20_000 });
        return page;
    }

    private static async Task<ILocator> OpenCatalogPart(IPage page, string part)
    {
        await page.ClickAsync("[data-open-catalog]");
        var section = page.Locator($"[data-catalog] [data-catalog-part={part}]");
        await section.WaitForAsync(Shown);
        return section;
    }

    private async Task<ChangeCatalogView> Catalog() =>
        (await App.Http.GetFromJsonAsync<ChangeCatalogView>("api/change-catalog", WireJson.Options))!;

    /// <summary>An instant as a datetime-local input in the page's zone (UTC) takes it.</summary>
    private static string Local(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
