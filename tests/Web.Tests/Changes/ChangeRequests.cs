using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Web.Tests.Changes;

/// <summary>What change tests send: services, callers with distinct names, and change bodies in their own stretch of time.</summary>
public sealed class ChangeRequests(WebAppFixture app)
{
    public DateTimeOffset Day { get; } = DateTimeOffset.UtcNow.Date.AddDays(30 + Random.Shared.Next(0, 20_000));

    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..6];

    private static readonly string[] AgentRole = ["agent"];

    private readonly HashSet<string> _people = [];

    public async Task<string> Service(string name)
    {
        var id = $"{name}-{Suffix}";
        using var response = await app.Http.PutAsJsonAsync($"api/services/{id}", new { name, kind = "technical", criticality = 3 });
        await response.EnsureStatus(HttpStatusCode.OK);
        return id;
    }

    /// <summary>An HTTP client with an API key of its own name, so CAB votes from two clients count as two people.</summary>
    public async Task<HttpClient> Caller(string role, string name)
    {
        using var response = await app.Http.PostAsJsonAsync("api/admin/api-keys", new { name = $"{name}-{Suffix}", role });
        await response.EnsureStatus(HttpStatusCode.Created);
        return app.CreateHttp((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
    }

    public object Window(double fromHour, double toHour) => new { start = Day.AddHours(fromHour), end = Day.AddHours(toHour) };

    /// <summary>A normal change implemented by <paramref name="implementer"/> of this test (an account made on first use: changes name real people).</summary>
    public async Task<object> Normal(string service, double fromHour, double toHour, string implementer = "erin", string title = "Patch mail relays") => new
    {
        type = "normal",
        title,
        description = "Monthly patches",
        serviceId = service,
        implementationPlan = "One relay at a time",
        backoutPlan = "Reinstall the previous packages",
        alternatives = new[] { new { description = "Replace the relays", whyRejected = "Too slow to procure" } },
        implementer = await Person(implementer),
        window = Window(fromHour, toHour),
        riskAnswers = new { complexity = "low", testedBeforehand = true, backoutTested = true, outageRequired = false, usersAffected = "some" },
    };

    /// <summary>The account of <paramref name="name"/> in this test ("erin-1a2b3c"), created the first time it is asked for.</summary>
    public async Task<string> Person(string name)
    {
        var userName = $"{name}-{Suffix}";
        if (_people.Add(userName))
        {
            using var response = await app.Http.PostAsJsonAsync("api/admin/users",
                new { userName, roles = AgentRole, password = "pw-" + Guid.NewGuid().ToString("N") });
            await response.EnsureStatus(HttpStatusCode.Created);
        }

        return userName;
    }

    public static async Task<ChangeView> Create(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync("api/changes", body);
        await response.EnsureStatus(HttpStatusCode.Created);
        return await Read(response);
    }

    public static async Task<ChangeView> Move(HttpClient http, ChangeView change, object body)
    {
        using var response = await http.PostAsJsonAsync($"api/changes/{change.Id}/transitions", body);
        await response.EnsureStatus(HttpStatusCode.OK);
        return await Read(response);
    }

    public static async Task<ChangeView> Read(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ChangeView>(WireJson.Options))!;
}
