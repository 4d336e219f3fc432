using ItsmOrleans.Contracts.Boards;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Domain.Slas;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>
/// Applies incident commands to state: validate everything first, then change the state and describe the change.
/// Pure C#; the grain adds versioning, persistence, SLA clocks and publishing around it.
/// </summary>
public static class IncidentCommands
{
    /// <param name="respondsNow">Whether raising it assigned is its first response (<see cref="IncidentAccess.RespondsAtCreation"/>).</param>
    public static IncidentChange Create(IncidentState state, CreateIncident command, SlaPolicy policy, string number, DateTimeOffset now, bool respondsNow)
    {
        IncidentRules.Validate(command);
        var assignee = Blank(command.Assignee);
        state.Created = true;
        state.Number = number;
        state.Title = command.Title.Trim();
        state.Description = command.Description ?? "";
        state.Impact = command.Impact;
        state.Urgency = command.Urgency;
        state.Priority = PriorityMatrix.For(command.Impact, command.Urgency);
        state.Requester = command.Requester.Trim();
        state.ServiceId = Blank(command.ServiceId);
        state.AssignmentGroup = Blank(command.AssignmentGroup);
        state.Assignee = assignee;
        state.Status = assignee is null ? IncidentStatus.New : IncidentStatus.Assigned;
        state.RespondedAt = assignee is not null && respondsNow ? now : null;
        state.CreatedAt = now;
        state.SlaPolicyId = policy.Id;
        state.SlaTargets = policy.For(state.Priority);

        var changes = new FieldChangeList();
        changes.Track("title", null, state.Title);
        changes.Track<Enum?>("impact", null, state.Impact);
        changes.Track<Enum?>("urgency", null, state.Urgency);
        changes.Track("priority", null, state.Priority.ToString());
        changes.Track<Enum?>("status", null, state.Status);
        changes.Track("requester", null, state.Requester);
        changes.Track("serviceId", null, state.ServiceId);
        changes.Track("assignmentGroup", null, state.AssignmentGroup);
        changes.Track("assignee", null, state.Assignee);
        changes.Track("slaPolicy", null, state.SlaPolicyId);
        changes.Track<DateTimeOffset?>("respondedAt", null, state.RespondedAt);
        return new IncidentChange(HistoryKind.Created, changes, ActivityKind.Created, $"raised: {state.Title}");
    }

    /// <summary>
    /// Changes descriptive fields, the priority (through impact and urgency) or the SLA policy. A new priority or policy
    /// moves the targets; the SLA clocks keep the time already counted. An incident moved to another service while in
    /// no group goes to that service's support group.
    /// </summary>
    /// <param name="serviceSupportGroup">The support group of the service the command names, if any.</param>
    public static IncidentChange? UpdateDetails(IncidentState state, UpdateIncidentDetails command, Func<string, SlaPolicy?> policies, string? serviceSupportGroup = null)
    {
        IncidentRules.Validate(command);
        EnsureEditable(state);
        var changes = new FieldChangeList();
        var title = command.Title?.Trim() ?? state.Title;
        var description = command.Description ?? state.Description;
        var impact = command.Impact ?? state.Impact;
        var urgency = command.Urgency ?? state.Urgency;
        var service = command.ServiceId is null ? state.ServiceId : Blank(command.ServiceId);
        var group = service == state.ServiceId ? state.AssignmentGroup : IncidentRouting.GroupFor(state.AssignmentGroup, serviceSupportGroup);
        var priority = PriorityMatrix.For(impact, urgency);
        var policyId = Blank(command.SlaPolicyId) ?? state.SlaPolicyId;
        changes.Track("title", state.Title, title);
        changes.Track("description", state.Description, description);
        changes.Track<Enum>("impact", state.Impact, impact);
        changes.Track<Enum>("urgency", state.Urgency, urgency);
        changes.Track("priority", state.Priority.ToString(), priority.ToString());
        changes.Track("serviceId", state.ServiceId, service);
        changes.Track("assignmentGroup", state.AssignmentGroup, group);
        var priorityChanged = priority != state.Priority;
        var policyChanged = !string.Equals(policyId, state.SlaPolicyId, StringComparison.OrdinalIgnoreCase);
        var policy = priorityChanged || policyChanged
            ? policies(policyId) ?? throw new DomainValidationException("slaPolicy", $"There is no SLA policy '{policyId}'.")
            : null;
        changes.Track("slaPolicy", state.SlaPolicyId, policy?.Id ?? state.SlaPolicyId);
        if (changes.Count == 0)
        {
            return null;
        }

        var targets = policy?.For(priority) ?? state.SlaTargets;
        var routed = group != state.AssignmentGroup;
        (state.Title, state.Description, state.Impact, state.Urgency, state.Priority, state.ServiceId, state.SlaPolicyId, state.SlaTargets) =
            (title, description, impact, urgency, priority, service, policy?.Id ?? state.SlaPolicyId, targets);
        state.AssignmentGroup = group;

        var text = priorityChanged ? $"priority now {priority}" : policyChanged ? $"SLA policy now {state.SlaPolicyId}"
            : routed ? $"routed to {group}" : "details updated";
        return new IncidentChange(HistoryKind.DetailsUpdated, changes, ActivityKind.Updated, text);
    }

    public static IncidentChange? Assign(IncidentState state, AssignIncident command, DateTimeOffset now)
    {
        IncidentRules.Validate(command);
        EnsureEditable(state);
        var group = command.AssignmentGroup is null ? state.AssignmentGroup : Blank(command.AssignmentGroup);
        var assignee = command.Assignee is null ? state.Assignee : Blank(command.Assignee);
        if (assignee is null && state.Status is IncidentStatus.InProgress or IncidentStatus.OnHold)
        {
            throw new DomainValidationException("assignee", "An incident being worked needs an assignee; reassign it instead of clearing it.");
        }

        var status = (state.Status, assignee) switch
        {
            (IncidentStatus.New, not null) => IncidentStatus.Assigned,
            (IncidentStatus.Assigned, null) => IncidentStatus.New,
            _ => state.Status,
        };
        var changes = new FieldChangeList();
        changes.Track("assignmentGroup", state.AssignmentGroup, group);
        changes.Track("assignee", state.Assignee, assignee);
        changes.Track<Enum>("status", state.Status, status);

        // Someone assigning it, even to whom automation already named, is the first response.
        if (changes.Count == 0 && (assignee is null || state.RespondedAt is not null))
        {
            return null;
        }

        if (assignee is not null && state.RespondedAt is null)
        {
            state.RespondedAt = now;
            changes.Track<DateTimeOffset?>("respondedAt", null, now);
        }

        (state.AssignmentGroup, state.Assignee, state.Status) = (group, assignee, status);
        var who = assignee ?? group ?? "nobody";
        return new IncidentChange(HistoryKind.Assigned, changes, ActivityKind.Assigned, $"assigned to {who}");
    }

    /// <summary>
    /// The actor takes the incident unless someone else has it: of two racing, the second hears who took it, and since when.
    /// </summary>
    public static IncidentChange? Take(IncidentState state, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Assignee is { } holder && !string.Equals(holder, actor, StringComparison.OrdinalIgnoreCase))
        {
            var taken = state.History.LastOrDefault(h => h.Changes.Any(c => c.Field == "assignee"));
            throw new EditConflictException(
                $"{holder} has {state.Number} already{(taken is null ? "" : $" (since {taken.At:HH:mm:ss} UTC)")}; ask them or reassign it.",
                state.Version,
                [new FieldConflict("assignee", actor, holder, taken?.Actor ?? holder, taken?.At ?? state.UpdatedAt)]);
        }

        return Assign(state, new AssignIncident(null, actor), now);
    }

    /// <summary>The NOC acknowledges the page: the escalation stops and the ticket stays with its group; nothing when none runs.</summary>
    public static IncidentChange? AcknowledgeEscalation(IncidentState state, string actor)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.EscalationPolicyId is null || state.EscalationStopped)
        {
            return null;
        }

        state.EscalationStopped = true;
        state.EscalationAcknowledgedBy = actor;
        return new IncidentChange(HistoryKind.EscalationAcknowledged, [], ActivityKind.Updated, $"escalation acknowledged by {actor}");
    }

    public static IncidentChange ChangeStatus(IncidentState state, ChangeIncidentStatus command, DateTimeOffset now)
    {
        IncidentRules.Validate(command);
        IncidentWorkflow.Table.EnsureAllowed(state.Status, command.To, new IncidentTransitionRequest(command, state.Assignee));
        var changes = new FieldChangeList();
        var from = state.Status;
        changes.Track<Enum>("status", from, command.To);
        var holdReason = command.To == IncidentStatus.OnHold ? command.HoldReason : null;
        changes.Track<Enum?>("holdReason", state.HoldReason, holdReason);
        state.HoldReason = holdReason;
        state.Status = command.To;
        if (command.To == IncidentStatus.InProgress && state.RespondedAt is null)
        {
            // Raised assigned by automation and now worked on: that is the first response.
            state.RespondedAt = now;
            changes.Track<DateTimeOffset?>("respondedAt", null, now);
        }

        switch (command.To)
        {
            case IncidentStatus.Resolved:
                changes.Track<Enum?>("resolutionCode", state.ResolutionCode, command.ResolutionCode);
                changes.Track("resolutionNotes", state.ResolutionNotes, command.ResolutionNotes);
                (state.ResolutionCode, state.ResolutionNotes, state.ResolvedAt) = (command.ResolutionCode, command.ResolutionNotes, now);
                break;
            case IncidentStatus.InProgress when from == IncidentStatus.Resolved:
                changes.Track<Enum?>("resolutionCode", state.ResolutionCode, null);
                changes.Track("resolutionNotes", state.ResolutionNotes, null);
                (state.ResolutionCode, state.ResolutionNotes, state.ResolvedAt) = (null, null, null);
                break;
            case IncidentStatus.Closed or IncidentStatus.Cancelled:
                state.ClosedAt = now;
                break;
        }

        var verb = command.To switch
        {
            IncidentStatus.InProgress when from == IncidentStatus.Resolved => "reopened",
            IncidentStatus.OnHold => $"on hold ({WireName.Of(holdReason!)})",
            IncidentStatus.InProgress => "in progress",
            _ => WireName.Of(command.To),
        };
        return new IncidentChange(HistoryKind.StatusChanged, changes, ActivityKind.StatusChanged, verb, command.Note);
    }

    /// <summary>The requester answers a resolution: confirms it (the incident closes) or reopens it.</summary>
    public static IncidentChange Answer(IncidentState state, ChangeIncidentStatus move, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ResolutionAnswers.EnsureAnswerable(state.Number, state.Status);
        return ChangeStatus(state, move, now);
    }

    public static (IncidentChange Change, Comment Comment) AddComment(IncidentState state, string author, AddComment command, DateTimeOffset now)
    {
        IncidentRules.Validate(command);
        EnsureEditable(state);
        var comment = new Comment(state.Comments.Count + 1, now, author, command.Visibility, command.Text);
        state.Comments.Add(comment);
        var changes = new FieldChangeList();
        var isResponse = command.Visibility == CommentVisibility.Public && state.RespondedAt is null
            && !string.Equals(author, state.Requester, StringComparison.OrdinalIgnoreCase);
        if (isResponse)
        {
            state.RespondedAt = now;
            changes.Track<DateTimeOffset?>("respondedAt", null, now);
        }

        var isNote = command.Visibility == CommentVisibility.WorkNote;
        var text = isNote ? $"work note by {author}" : $"{author}: {Shorten(command.Text, 140)}";
        var change = new IncidentChange(
            isNote ? HistoryKind.WorkNoteAdded : HistoryKind.CommentAdded,
            changes,
            ActivityKind.Commented,
            text,
            $"comment #{comment.Id}");
        return (change, comment);
    }

    private static void EnsureEditable(IncidentState state)
    {
        if (IncidentWorkflow.IsFinal(state.Status))
        {
            throw new InvalidTransitionException(
                $"{state.Number} is {WireName.Of(state.Status)} and can no longer change.");
        }
    }

    /// <summary>Trimmed text, or null for blank text (how a field is cleared).</summary>
    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }
}
