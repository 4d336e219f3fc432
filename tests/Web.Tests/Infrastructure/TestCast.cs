namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>
/// The people and assignment groups that tests name in tickets without being about them ("raised for bob", "assigned
/// to alice", "routed to network-ops"). A ticket may name only people and groups that exist, so every test app starts
/// with them: each person is a local account, and each group has an agent API key in it.
/// </summary>
public static class TestCast
{
    public static readonly IReadOnlyList<string> People =
    [
        "alice", "ann", "bob", "carla", "carol", "csv", "dan", "dana", "dmitri", "erin", "frank", "gina", "nina", "rita", "sam", "someone",
        "someone-else", "the-ceo", "zoe",
    ];

    public static readonly IReadOnlyList<string> Groups = ["brokers", "desktop", "fuzz", "messaging", "network", "network-ops", "platform", "storm"];

    /// <summary>Creates the cast through the admin API, unless an earlier start of an app on the same data made it.</summary>
    public static async Task Create(HttpClient admin)
    {
        using (var existing = await admin.GetAsync(new Uri($"api/admin/users/{People[0]}", UriKind.Relative)))
        {
            if (existing.IsSuccessStatusCode)
            {
                return;
            }
        }

        foreach (var userName in People)
        {
            await Person(admin, userName, "requester");
        }

        foreach (var group in Groups)
        {
            await Group(admin, group);
        }
    }

    /// <summary>A local account of <paramref name="role"/> in <paramref name="groups"/>.</summary>
    public static async Task Person(HttpClient admin, string userName, string role, params string[] groups)
    {
        using var response = await admin.PostAsJsonAsync("api/admin/users",
            new { userName, roles = new[] { role }, groups, password = "pw-" + Guid.NewGuid().ToString("N") });
        await response.EnsureStatus(HttpStatusCode.Created);
    }

    /// <summary>Makes <paramref name="group"/> exist: an agent API key of that group's team is in it.</summary>
    public static async Task Group(HttpClient admin, string group)
    {
        using var response = await admin.PostAsJsonAsync("api/admin/api-keys", new { name = $"{group} team", role = "agent", groups = new[] { group } });
        await response.EnsureStatus(HttpStatusCode.Created);
    }
}
