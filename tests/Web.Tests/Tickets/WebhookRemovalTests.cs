using ItsmOrleans.Contracts.Webhooks;

namespace ItsmOrleans.Web.Tests.Tickets;

/// <summary>Deleting a webhook from an older read is refused, so a change someone just made is not thrown away unseen.</summary>
[Collection(WebAppTests.Name)]
public class WebhookRemovalTests(WebAppFixture app)
{
    private static readonly string[] Created = [WebhookEventTypes.Created];

    [Fact]
    public async Task A_deletion_naming_an_older_version_is_refused_with_409_and_the_current_one_deletes()
    {
        var id = $"removal-{Guid.NewGuid():N}"[..16];
        foreach (var active in new[] { true, false })
        {
            using var defined = await app.Http.PutAsJsonAsync($"api/webhooks/{id}", new { url = "https://chat.example.com/hook", secret = "removal-secret-0123", events = Created, active });
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        using (var stale = await app.Http.Send(HttpMethod.Delete, $"api/webhooks/{id}", null, ifMatch: "\"1\""))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        using (var current = await app.Http.Send(HttpMethod.Delete, $"api/webhooks/{id}", null, ifMatch: "\"2\""))
        {
            Assert.Equal(HttpStatusCode.NoContent, current.StatusCode);
        }

        using var gone = await app.Http.GetAsync($"api/webhooks/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
