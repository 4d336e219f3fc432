namespace ItsmOrleans.Web.Tests.Demo;

/// <summary>How many of each kind of record the API lists: two equal counts mean nothing was added in between.</summary>
public sealed record OrganisationCounts(
    int Users,
    int Services,
    int Incidents,
    int Problems,
    int Changes,
    int ServiceRequests,
    int MajorIncidents,
    int CatalogueItems,
    int EscalationPolicies,
    int OnCallSchedules,
    int VendorContracts,
    int LicenceSeats)
{
    public static async Task<OrganisationCounts> Read(HttpClient admin) => new(
        await Length(admin, "api/admin/users"),
        await Length(admin, "api/services"),
        (await admin.GetFromJsonAsync<JsonElement>("api/incidents?limit=200")).GetProperty("items").GetArrayLength(),
        await Length(admin, "api/problems"),
        (await admin.GetFromJsonAsync<JsonElement>("api/changes?limit=200")).GetProperty("items").GetArrayLength(),
        await Length(admin, "api/requests"),
        await Length(admin, "api/major-incidents?all=true"),
        await Length(admin, "api/catalog"),
        await Length(admin, "api/escalation-policies"),
        await Length(admin, "api/on-call-schedules"),
        await Length(admin, "api/vendor-contracts"),
        (await admin.GetFromJsonAsync<JsonElement>("api/licences")).EnumerateArray().Sum(l => l.GetProperty("used").GetInt32()));

    private static async Task<int> Length(HttpClient admin, string path) => (await admin.GetFromJsonAsync<JsonElement>(path)).GetArrayLength();
}
