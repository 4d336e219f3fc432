using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>An endpoint the app maps: its method, route pattern and the policy it names (null when it is public).</summary>
public sealed record MappedEndpoint(string Method, string Pattern, string? Policy)
{
    public string Name => $"{Method} {Pattern}";
}

/// <summary>Every endpoint the app maps, read from its own endpoint data sources, so tests walking them cover new ones.</summary>
public static class AppEndpoints
{
    public static List<MappedEndpoint> Of(IServiceProvider services)
    {
        var sources = services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new MappedEndpoint(
                m,
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null ? null : e.Metadata.GetOrderedMetadata<IAuthorizeData>().LastOrDefault(a => a.Policy is not null)?.Policy)))
            .Where(e => e.Method != "OPTIONS")
            .DistinctBy(e => e.Name)];
    }
}
