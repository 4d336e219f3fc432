using Microsoft.AspNetCore.Http.Json;

namespace ItsmOrleans.Web.Extensions;

public static class ApiExtensions
{
    /// <summary>Request limits, JSON conventions, problem responses and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddItsmApi(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);
        builder.Services.Configure<JsonOptions>(o => ApiJson.Configure(o.SerializerOptions));
        // Malformed bodies raise BadHttpRequestException so the handler below can name the offending field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddOpenApi();
        return builder;
    }
}
