using ItsmOrleans.Contracts.Notices;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Licences;

[Collection(WebAppTests.Name)]
public class LicenceApiTests(WebAppFixture app)
{
    [Fact]
    public async Task An_over_used_licence_shows_as_a_notice_on_the_boards_live_and_in_the_list()
    {
        var id = $"figma-{Guid.NewGuid():N}"[..14];
        using (var defined = await app.Http.PutAsJsonAsync($"api/licences/{id}", new { product = "Figma Professional", vendor = "Figma", entitlements = 1 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        await using var connection = await app.ConnectHub();
        var notices = await connection.StreamAsChannelAsync<LiveListMessage<BoardNotice>>("SubscribeNotices");
        await notices.ReadAsync();
        foreach (var person in new[] { "ann", "bob" })
        {
            using var assigned = await app.Http.PostAsJsonAsync($"api/licences/{id}/assignments", new { assignee = person });
            await assigned.EnsureStatus(HttpStatusCode.OK);
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        BoardNotice? notice = null;
        await foreach (var message in notices.ReadAllAsync(patience.Token))
        {
            notice = message.Items.FirstOrDefault(n => n.Key == $"licence:{id}" && n.Active);
            if (notice is not null)
            {
                break;
            }
        }

        Assert.Equal(NoticeKind.LicenceOverused, notice!.Kind);
        var list = await app.Http.GetFromJsonAsync<JsonElement>("api/licences");
        Assert.Equal("over", list.EnumerateArray().Single(l => l.GetProperty("id").GetString() == id).GetProperty("compliance").GetString());
        var active = await app.Http.GetFromJsonAsync<JsonElement>("api/notices");
        Assert.Contains(active.EnumerateArray(), n => n.GetProperty("key").GetString() == $"licence:{id}");
    }

    [Fact]
    public async Task Bad_licence_terms_are_a_400_and_an_unknown_licence_a_404()
    {
        using var bad = await app.Http.PutAsJsonAsync("api/licences/visio", new { product = "Visio", vendor = "Microsoft", entitlements = -3 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("entitlements", out _));
        using var unknown = await app.Http.PostAsJsonAsync($"api/licences/nothing-{Guid.NewGuid():N}"[..40] + "/assignments", new { assignee = "ann" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
