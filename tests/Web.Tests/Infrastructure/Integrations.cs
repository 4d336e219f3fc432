namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Monitoring integrations for tests: a service of its own and a routing key bound to it.</summary>
public static class Integrations
{
    /// <summary>Defines a new service and an integration key for it, as an admin does before pointing a monitoring tool at the hub.</summary>
    public static async Task<(string RoutingKey, string ServiceId)> Define(HttpClient admin, string serviceName = "Monitored service", string tool = "Prometheus")
    {
        ArgumentNullException.ThrowIfNull(admin);
        var service = $"svc-{Guid.NewGuid():N}"[..12];
        using (var defined = await admin.PutAsJsonAsync($"api/services/{service}", new { name = serviceName, kind = "technical", criticality = 1 }))
        {
            await defined.EnsureStatus(HttpStatusCode.OK);
        }

        var routingKey = Guid.NewGuid().ToString("N");
        using var key = await admin.PutAsJsonAsync($"api/integrations/{routingKey}", new { name = tool, serviceId = service });
        await key.EnsureStatus(HttpStatusCode.OK);
        return (routingKey, service);
    }
}
