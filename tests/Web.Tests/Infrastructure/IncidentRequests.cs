using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Small HTTP helpers for the incident API, as a client would call it.</summary>
public static class IncidentRequests
{
    public static object NewIncident(string title = "Mail down", string impact = "high", string urgency = "high",
        string? group = null, string? service = null, string? policy = null, string? assignee = null, string? requester = "bob") =>
        new { title, description = "Reported by the NOC", impact, urgency, requester, assignmentGroup = group, serviceId = service, slaPolicy = policy, assignee };

    public static async Task<IncidentView> CreateIncident(this HttpClient http, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/incidents") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request);
        await response.EnsureStatus(System.Net.HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<IncidentView>(WireJson.Options))!;
    }

    public static async Task<HttpResponseMessage> Send(this HttpClient http, HttpMethod method, string path, object? body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await http.SendAsync(request);
    }

    public static async Task<IncidentView> Read(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<IncidentView>(WireJson.Options))!;

    public static async Task EnsureStatus(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Expected {(int)expected} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
