namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>A hosting contract underpinning a service: answer in 30 minutes, resolve in 4 hours.</summary>
public static class VendorContracts
{
    public static async Task<JsonElement> DefineHosting(this HttpClient http, string id, string service, DateOnly end)
    {
        using var defined = await http.PutAsJsonAsync($"api/vendor-contracts/{id}", new
        {
            vendor = "Acme Hosting",
            name = "SAP hosting, gold support",
            serviceIds = new[] { service },
            supportTerms = "24x7 phone support",
            responseTarget = "00:30:00",
            resolutionTarget = "04:00:00",
            start = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1),
            end,
            renewalNoticeDays = 30,
        });
        await defined.EnsureStatus(HttpStatusCode.OK);
        return await defined.Content.ReadFromJsonAsync<JsonElement>();
    }
}
