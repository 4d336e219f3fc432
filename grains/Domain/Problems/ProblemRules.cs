using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.Problems;

/// <summary>Field rules of problem commands.</summary>
public static class ProblemRules
{
    public const int MaxIncidents = 1000;
    public const int Analysis = 20_000;

    public static void Validate(CreateProblem command)
    {
        var errors = new FieldErrors();
        errors.Text("title", command.Title, TextLimits.Title, required: true);
        errors.Text("description", command.Description, TextLimits.Description, required: false);
        errors.Text("serviceId", command.ServiceId, TextLimits.Name, required: false);
        errors.Text("assignmentGroup", command.AssignmentGroup, TextLimits.Name, required: false);
        errors.Text("assignee", command.Assignee, TextLimits.Name, required: false);
        if ((command.IncidentIds?.Count ?? 0) > MaxIncidents)
        {
            errors.Add("incidentIds", $"At most {MaxIncidents} incidents.");
        }

        errors.ThrowIfAny();
    }

    public static void Validate(UpdateProblem command)
    {
        var errors = new FieldErrors();
        if (command.Title is not null)
        {
            errors.Text("title", command.Title, TextLimits.Title, required: true);
        }

        errors.Text("description", command.Description, TextLimits.Description, required: false);
        errors.Text("symptoms", command.Symptoms, Analysis, required: false);
        errors.Text("cause", command.Cause, Analysis, required: false);
        errors.Text("workaround", command.Workaround, Analysis, required: false);
        errors.Text("serviceId", command.ServiceId, TextLimits.Name, required: false);
        errors.Text("assignmentGroup", command.AssignmentGroup, TextLimits.Name, required: false);
        errors.Text("assignee", command.Assignee, TextLimits.Name, required: false);
        if (command == new UpdateProblem())
        {
            errors.Add("body", "Nothing to change: send at least one field.");
        }

        errors.ThrowIfAny();
    }

    /// <summary>The service, group and assignee a problem names, which must exist.</summary>
    public static IReadOnlyList<Reference> References(CreateProblem command) =>
        References(command.ServiceId, command.AssignmentGroup, command.Assignee);

    public static IReadOnlyList<Reference> References(UpdateProblem command) =>
        References(command.ServiceId, command.AssignmentGroup, command.Assignee);

    public static void Validate(MoveProblem command)
    {
        var errors = new FieldErrors();
        errors.Defined("to", command.To);
        if (command.Resolution is { } resolution)
        {
            errors.Defined("resolution", resolution);
        }

        errors.Text("notes", command.Notes, TextLimits.ResolutionNotes, required: false);
        errors.ThrowIfAny();
    }

    private static IReadOnlyList<Reference> References(string? serviceId, string? assignmentGroup, string? assignee) =>
    [
        Reference.Service("serviceId", serviceId),
        Reference.Group("assignmentGroup", assignmentGroup),
        Reference.Person("assignee", assignee),
    ];
}
