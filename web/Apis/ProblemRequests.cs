using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Domain.Problems;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/problems.</summary>
public sealed record CreateProblemRequest(
    string? Title,
    string? Description = null,
    string? ServiceId = null,
    IReadOnlyList<Guid>? IncidentIds = null,
    string? AssignmentGroup = null,
    string? Assignee = null)
{
    public CreateProblem ToCommand()
    {
        var command = new CreateProblem(Title ?? "", Description ?? "", ServiceId, IncidentIds, AssignmentGroup, Assignee);
        ProblemRules.Validate(command);
        return command;
    }
}

/// <summary>The body of PATCH /api/problems/{id}: only the fields sent change (an empty string clears one).</summary>
public sealed record UpdateProblemRequest(
    string? Title = null,
    string? Description = null,
    string? Symptoms = null,
    string? Cause = null,
    string? Workaround = null,
    string? ServiceId = null,
    string? AssignmentGroup = null,
    string? Assignee = null,
    int? Version = null) : IVersionedRequest
{
    public UpdateProblem ToCommand()
    {
        var command = new UpdateProblem(Title, Description, Symptoms, Cause, Workaround, ServiceId, AssignmentGroup, Assignee);
        ProblemRules.Validate(command);
        return command;
    }
}

/// <summary>The body of POST /api/problems/{id}/transitions.</summary>
public sealed record MoveProblemRequest(string? To, string? Resolution = null, string? Notes = null, bool? ResolveWaitingIncidents = null, int? Version = null)
    : IVersionedRequest
{
    public MoveProblem ToCommand()
    {
        var errors = new FieldErrors();
        var to = EnumText.Parse<ProblemStatus>(errors, "to", To, required: true);
        var resolution = EnumText.Parse<ProblemResolution>(errors, "resolution", Resolution, required: false);
        errors.ThrowIfAny();
        var command = new MoveProblem(to!.Value, resolution, Notes, ResolveWaitingIncidents ?? true);
        ProblemRules.Validate(command);
        return command;
    }
}

/// <summary>The body of PUT /api/problems/{id}/known-error.</summary>
public sealed record KnownErrorRequest(bool? KnownError, int? Version = null) : IVersionedRequest;

/// <summary>The body of POST /api/problems/{id}/incidents.</summary>
public sealed record ProblemIncidentRequest(Guid? IncidentId, int? Version = null) : IVersionedRequest;

/// <summary>The body of POST /api/incidents/{id}/known-error: the known error to apply.</summary>
public sealed record ApplyKnownErrorRequest(Guid? ProblemId);
