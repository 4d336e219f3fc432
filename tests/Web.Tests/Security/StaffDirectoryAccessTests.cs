namespace ItsmOrleans.Web.Tests.Security;

/// <summary>
/// Licences (with who holds them and notes), on-call schedules and escalation policies name staff and how to reach
/// them: the people who run the service read them, requesters do not.
/// </summary>
[Collection(WebAppTests.Name)]
public class StaffDirectoryAccessTests(WebAppFixture app)
{
    private static readonly string[] Nils = ["nils"];

    [Fact]
    public async Task Requesters_may_not_read_licences_on_call_schedules_or_escalation_policies_while_staff_may()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await Put($"api/licences/visio-{suffix}", new { product = "Visio", vendor = "Microsoft", entitlements = 5, notes = "Renewal via procurement" });
        await Put($"api/on-call-schedules/net-{suffix}", new
        {
            name = "Network",
            timeZone = "UTC",
            layers = new[] { new { name = "primary", users = Nils, start = "2026-01-05T00:00", turnLength = "1.00:00:00" } },
        });
        await Put($"api/escalation-policies/net-{suffix}", new
        {
            name = "Network paging",
            levels = new[] { new { escalateAfter = "00:05:00", targets = new[] { new { kind = "schedule", id = $"net-{suffix}" } } } },
        });
        string[] reads =
        [
            "api/licences", $"api/licences/visio-{suffix}",
            "api/on-call-schedules", $"api/on-call-schedules/net-{suffix}", $"api/on-call-schedules/net-{suffix}/on-call",
            "api/escalation-policies", $"api/escalation-policies/net-{suffix}",
        ];

        foreach (var (role, expected) in new[] { ("requester", HttpStatusCode.Forbidden), ("agent", HttpStatusCode.OK), ("noc", HttpStatusCode.OK) })
        {
            using var http = app.CreateHttp(await Accounts.CreateApiKey(app, role));
            foreach (var path in reads)
            {
                using var answer = await http.GetAsync(path);
                Assert.True(answer.StatusCode == expected, $"GET /{path} as {role}: {(int)answer.StatusCode}, expected {(int)expected}");
            }
        }
    }

    private async Task Put(string path, object body)
    {
        using var response = await app.Http.PutAsJsonAsync(path, body);
        await response.EnsureStatus(HttpStatusCode.OK);
    }
}
