using System.Data.Common;
using System.Text.Json;
using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Contracts.Views;
using ItsmOrleans.Hosting.Audit;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orleans.Storage;

namespace ItsmOrleans.Web.Extensions;

/// <summary>
/// Maps errors to problem responses in one place: domain errors to 4xx, malformed requests to 400,
/// an unavailable cluster or database to 503. Anything else stays a 500 and is logged by the framework.
/// </summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems, IGrainFactory grains, IAuditLog audit, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var http = httpContext;
        var problem = exception switch
        {
            DomainValidationException e => Validation(e.Errors),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found", e.Message),
            ForbiddenException e => await Forbidden(http, e),
            VersionConflictException e => await Conflict(http, e),
            EditConflictException e => await EditConflict(http, e),
            InvalidTransitionException e => WithExtension(
                Problem(StatusCodes.Status409Conflict, "Transition not allowed", e.Message), "allowed", e.Allowed),
            IdempotencyKeyReusedException e => Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused", e.Message),
            BadHttpRequestException e => BadRequest(e),
            OrleansException or TimeoutException or DbException or InconsistentStateException => Unavailable(http, exception),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private async Task<ProblemDetails> Forbidden(HttpContext http, ForbiddenException exception)
    {
        await audit.Record(new AuditEntry(AuditKinds.PermissionDenied, http.User.Identity?.Name ?? "anonymous",
            $"{http.Request.Method} {http.Request.Path}", exception.Message, http.Connection.RemoteIpAddress?.ToString()), http.RequestAborted);
        var problem = Problem(StatusCodes.Status403Forbidden, "Forbidden", exception.Message);
        return exception.Fields.Count == 0 ? problem : WithExtension(problem, "errors", exception.Fields);
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithExtension(ProblemDetails problem, string key, object? value)
    {
        problem.Extensions[key] = value;
        return problem;
    }

    private static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) => new(errors.ToDictionary())
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request has invalid fields",
        Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
    };

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { } json)
        {
            var field = FieldOf(json.Path);
            var message = json.Path is null or "$" ? "The body is not valid JSON or not a JSON object."
                : json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? $"'{field}' is not a field of this request."
                : $"'{field}' has a value of the wrong type.";
            return Validation(new Dictionary<string, string[]> { [field] = [message] });
        }

        if (IsMissingBody(exception))
        {
            var problem = Validation(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
            problem.Title = "The request body is missing";
            return problem;
        }

        return Problem(exception.StatusCode, exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request", exception.Message);
    }

    /// <summary>
    /// An empty body, or the JSON literal null, where an endpoint takes a JSON object. Minimal APIs say so only in their
    /// own words ("Implicit body inferred for parameter …", "Required parameter … was not provided from body."), which
    /// name the handler's parameter rather than anything a client sent.
    /// </summary>
    private static bool IsMissingBody(BadHttpRequestException exception) =>
        exception is { StatusCode: StatusCodes.Status400BadRequest, InnerException: null }
        && (exception.Message.StartsWith("Implicit body inferred for parameter", StringComparison.Ordinal)
            || (exception.Message.StartsWith("Required parameter", StringComparison.Ordinal) && exception.Message.EndsWith("was not provided from body.", StringComparison.Ordinal)));

    private static string FieldOf(string? path) =>
        path is null or "$" ? "body" : path.TrimStart('$', '.').Split('[')[0];

    /// <summary>The records whose 409 carries their current state, by path: read with the caller's own rights.</summary>
    private static readonly (string Path, Func<IGrainFactory, Guid, Caller, Task<object>> Current)[] VersionedRecords =
    [
        ("/api/incidents", async (grains, id, caller) => await grains.GetGrain<IIncidentGrain>(id).Get(caller)),
        ("/api/changes", async (grains, id, caller) => await grains.GetGrain<IChangeGrain>(id).Get(caller)),
        ("/api/problems", async (grains, id, caller) => await grains.GetGrain<IProblemGrain>(id).Get(caller)),
        ("/api/major-incidents", async (grains, id, caller) => await grains.GetGrain<IMajorIncidentGrain>(id).Get(caller)),
        ("/api/risks", async (grains, id, caller) => await grains.GetGrain<IRiskGrain>(id).Get(caller)),
        ("/api/views", async (grains, id, caller) => await grains.GetGrain<ISavedViewsGrain>(caller.Name).Get(caller, id)),
    ];

    private async Task<ProblemDetails> EditConflict(HttpContext http, EditConflictException exception)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Someone else changed the same field", exception.Message);
        problem.Extensions["conflicts"] = exception.Conflicts;
        return await WithCurrent(http, problem, exception.CurrentVersion);
    }

    private async Task<ProblemDetails> Conflict(HttpContext http, VersionConflictException exception) =>
        await WithCurrent(http, Problem(StatusCodes.Status409Conflict, "The record changed", exception.Message), exception.CurrentVersion);

    /// <summary>Adds the record as it is now, so the client can show it without reading it again.</summary>
    private async Task<ProblemDetails> WithCurrent(HttpContext http, ProblemDetails problem, int currentVersion)
    {
        problem.Extensions["currentVersion"] = currentVersion;

        // Route values are cleared before exception handlers run, so read the id from the path.
        foreach (var (path, current) in VersionedRecords)
        {
            if (http.Request.Path.StartsWithSegments(path, StringComparison.Ordinal, out var rest)
                && Guid.TryParse(rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), out var id))
            {
                problem.Extensions["current"] = await current(grains, id, CallerClaims.ToCaller(http.User));
                break;
            }
        }

        return problem;
    }

    private ProblemDetails Unavailable(HttpContext http, Exception exception)
    {
        logger.LogWarning(exception, "Answering 503 to {Method} {Path}", http.Request.Method, http.Request.Path);
        http.Response.Headers.RetryAfter = "5";
        return Problem(StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable",
            "The service could not complete the request right now; nothing was changed unless a later read shows it. Retry with the same Idempotency-Key.");
    }
}
