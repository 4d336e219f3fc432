using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>Field rules of incident commands.</summary>
public static class IncidentRules
{
    public static void Validate(CreateIncident command)
    {
        var errors = new FieldErrors();
        errors.Text("title", command.Title, TextLimits.Title, required: true);
        errors.Text("description", command.Description, TextLimits.Description, required: false);
        errors.Text("requester", command.Requester, TextLimits.Name, required: true);
        errors.Text("serviceId", command.ServiceId, TextLimits.Name, required: false);
        errors.Text("assignmentGroup", command.AssignmentGroup, TextLimits.Name, required: false);
        errors.Text("assignee", command.Assignee, TextLimits.Name, required: false);
        EnumDefined(errors, "impact", command.Impact);
        EnumDefined(errors, "urgency", command.Urgency);
        errors.ThrowIfAny();
    }

    public static void Validate(UpdateIncidentDetails command)
    {
        var errors = new FieldErrors();
        if (command.Title is not null)
        {
            errors.Text("title", command.Title, TextLimits.Title, required: true);
        }

        errors.Text("description", command.Description, TextLimits.Description, required: false);
        errors.Text("serviceId", command.ServiceId, TextLimits.Name, required: false);
        errors.Text("slaPolicy", command.SlaPolicyId, TextLimits.Name, required: false);
        if (command.Impact is { } impact)
        {
            EnumDefined(errors, "impact", impact);
        }

        if (command.Urgency is { } urgency)
        {
            EnumDefined(errors, "urgency", urgency);
        }

        if (command is { Title: null, Description: null, Impact: null, Urgency: null, ServiceId: null, SlaPolicyId: null })
        {
            errors.Add("body", "Nothing to change: send at least one of title, description, impact, urgency, serviceId, slaPolicy.");
        }

        errors.ThrowIfAny();
    }

    public static void Validate(AssignIncident command)
    {
        var errors = new FieldErrors();
        errors.Text("assignmentGroup", command.AssignmentGroup, TextLimits.Name, required: false);
        errors.Text("assignee", command.Assignee, TextLimits.Name, required: false);
        if (command is { AssignmentGroup: null, Assignee: null })
        {
            errors.Add("body", "Nothing to change: send assignmentGroup, assignee or both.");
        }

        errors.ThrowIfAny();
    }

    public static void Validate(ChangeIncidentStatus command)
    {
        var errors = new FieldErrors();
        EnumDefined(errors, "to", command.To);
        errors.Text("resolutionNotes", command.ResolutionNotes, TextLimits.ResolutionNotes, required: false);
        errors.Text("note", command.Note, TextLimits.Note, required: false);
        errors.ThrowIfAny();
    }

    public static void Validate(AddComment command)
    {
        var errors = new FieldErrors();
        errors.Text("text", command.Text, TextLimits.CommentText, required: true);
        EnumDefined(errors, "visibility", command.Visibility);
        errors.ThrowIfAny();
    }

    /// <summary>The service, group and people an incident names, which must exist.</summary>
    public static IReadOnlyList<Reference> References(CreateIncident command) =>
    [
        Reference.Person("requester", command.Requester),
        Reference.Service("serviceId", command.ServiceId),
        Reference.Group("assignmentGroup", command.AssignmentGroup),
        Reference.Person("assignee", command.Assignee),
    ];

    public static IReadOnlyList<Reference> References(UpdateIncidentDetails command) => [Reference.Service("serviceId", command.ServiceId)];

    public static IReadOnlyList<Reference> References(AssignIncident command) =>
        [Reference.Group("assignmentGroup", command.AssignmentGroup), Reference.Person("assignee", command.Assignee)];

    private static void EnumDefined<T>(FieldErrors errors, string field, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(field, $"'{field}' must be one of: {string.Join(", ", Enum.GetNames<T>())}.");
        }
    }
}
