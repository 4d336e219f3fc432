namespace ItsmOrleans.Web.Tests.Browser;

/// <summary>The administration console's webhooks section, driven only by clicking and typing.</summary>
[Collection(WebAppTests.Name)]
[Trait("Category", "Browser")]
public class AdminConsoleWebhooksTests(WebAppFixture app) : AdminConsoleTest(app)
{
    [Fact]
    public async Task An_admin_defines_a_webhook_sees_its_delivery_in_the_log_then_changes_and_deletes_it()
    {
        await using var receiver = await WebhookReceiver.Start(failFirst: 0);
        var id = $"console-{Guid.NewGuid():N}"[..16];
        var page = await OpenSection("webhooks");

        await page.ClickAsync("[data-new-webhook]");
        var form = page.Locator("[data-webhook-form]");
        await form.Locator("input[name=id]").FillAsync(id);
        await form.Locator("input[name=url]").FillAsync(receiver.Url);
        await form.Locator("input[name=secret]").FillAsync("short");
        await form.Locator("input[name=events][value='incident.created']").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(form.Locator("[data-field-problem=secret]")).ToContainTextAsync("16 to", new() { Timeout = 10_000 });

        await form.Locator("input[name=secret]").FillAsync("console-secret-0123456789");
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"[data-webhook-list] tr[data-webhook='{id}']").WaitForAsync(new() { Timeout = 10_000 });
        var incident = await App.Http.CreateIncident(IncidentRequests.NewIncident(title: $"Console webhook {id}"));
        await page.ClickAsync($"[data-show-deliveries='{id}']");
        var delivered = page.Locator($"[data-webhook-deliveries][data-webhook='{id}'] tr[data-delivery='{incident.Number}'][data-delivered=true]");
        await Eventually.Get(async () =>
        {
            await page.ClickAsync("[data-refresh-deliveries]");
            return await delivered.CountAsync() > 0 ? delivered : null;
        }, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(300), "the delivery in the log");

        await form.Locator("input[name=events][value='incident.commented']").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-webhook='{id}']")).ToContainTextAsync("incident.created, incident.commented", new() { Timeout = 10_000 });
        var stored = await App.Http.GetFromJsonAsync<JsonElement>($"api/webhooks/{id}");
        Assert.Equal(("…6789", 2), (stored.GetProperty("secretHint").GetString(), stored.GetProperty("version").GetInt32()));
        Assert.Contains(receiver.Received, r => r.Body.Contains(incident.Number, StringComparison.Ordinal));

        await page.ClickAsync($"[data-delete-webhook='{id}']");
        await page.ClickAsync($"[data-confirm-delete='{id}']");
        await page.Locator($"tr[data-webhook='{id}']").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        using var gone = await App.Http.GetAsync($"api/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
