using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>
/// Who may see and who may work an incident. Agents, the NOC and change managers read every incident; requesters read
/// only their own. Agents work incidents of their groups, incidents not yet routed to a group, and those assigned to
/// them; admins work everything. Only agents and admins read work notes. A live ticket room applies these same rules
/// (see the web host's TicketAudience), so a stream never shows more than REST.
/// </summary>
public static class IncidentAccess
{
    public static bool CanSee(Caller caller, IIncidentParties incident) =>
        SeesEveryIncident(caller) || (caller.Is(Role.Requester) && Same(incident.Requester, caller.Name));

    public static bool SeesEveryIncident(Caller caller) =>
        caller.Is(Role.Admin) || caller.Is(Role.Agent) || caller.Is(Role.Noc) || caller.Is(Role.ChangeManager);

    /// <summary>
    /// Who else has a ticket open, and what they are typing or editing, is the service desk's to see: requesters see
    /// none of it, as REST shows them none.
    /// </summary>
    public static bool SeesPresence(Caller caller) => SeesEveryIncident(caller);

    public static bool CanWork(Caller caller, IIncidentParties incident) =>
        caller.Is(Role.Admin)
        || (caller.Is(Role.Agent) && (incident.AssignmentGroup is null || caller.InGroup(incident.AssignmentGroup) || Same(incident.Assignee, caller.Name)));

    public static bool SeesWorkNotes(Caller caller) => caller.Is(Role.Admin) || caller.Is(Role.Agent);

    public static bool CanRaise(Caller caller) => caller.Is(Role.Admin) || caller.Is(Role.Agent) || caller.Is(Role.Noc) || caller.Is(Role.Requester);

    /// <summary>
    /// Requesters describe what is wrong (title, description, impact, urgency, service) and raise it for themselves;
    /// routing, assignment and the SLA policy are the service desk's. Naming any of those is refused, field by field.
    /// </summary>
    public static void EnsureMaySet(Caller caller, CreateIncident command)
    {
        if (caller.Is(Role.Admin) || caller.Is(Role.Agent))
        {
            return;
        }

        // NOC staff raise what they see for whoever reported it and route it, as the service desk does; they do not
        // assign a person or choose the SLA policy.
        var desk = caller.Is(Role.Noc);
        var refused = new Dictionary<string, string[]>();
        void Refuse(string field, string? value, string why)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                refused[field] = [why];
            }
        }

        Refuse("assignee", command.Assignee, "Only agents and administrators assign incidents.");
        Refuse("assignmentGroup", desk ? null : command.AssignmentGroup, "Only the service desk and the NOC route incidents to a group.");
        Refuse("slaPolicy", command.SlaPolicyId, "Only agents and administrators choose an incident's SLA policy.");
        Refuse("requester", desk || Same(command.Requester?.Trim(), caller.Name) ? null : command.Requester,
            "You raise incidents for yourself; the service desk raises them for others.");
        if (refused.Count > 0)
        {
            throw new ForbiddenException(refused);
        }
    }

    /// <summary>
    /// Whether raising the incident already assigned is its first response: a person assigning counts; automation (an
    /// API key) assigning counts only when the SLA policy says so, since nobody has looked at the incident yet.
    /// </summary>
    public static bool RespondsAtCreation(Caller caller, CreateIncident command, bool integrationAssignmentResponds) =>
        !string.IsNullOrWhiteSpace(command.Assignee) && (!caller.IsApiKey || integrationAssignmentResponds);

    /// <summary>Agents, the NOC and admins raise incidents for anyone; everyone else raises them for themselves.</summary>
    public static string RequesterFor(Caller caller, string requested) =>
        caller.Is(Role.Admin) || caller.Is(Role.Agent) || caller.Is(Role.Noc) ? requested : caller.Name;

    /// <summary>An incident the caller may not see does not exist for them: the answer does not reveal it.</summary>
    public static void EnsureCanSee(Caller caller, IIncidentParties incident, Guid id)
    {
        if (!incident.Created || !CanSee(caller, incident))
        {
            throw new NotFoundException($"There is no incident {id}.");
        }
    }

    public static void EnsureCanWork(Caller caller, IIncidentParties incident, Guid id)
    {
        EnsureCanSee(caller, incident, id);
        if (!CanWork(caller, incident))
        {
            throw new ForbiddenException(caller.Is(Role.Agent)
                ? $"{incident.Number} belongs to {incident.AssignmentGroup}, which is not one of your groups."
                : $"Your roles do not let you change {incident.Number}.");
        }
    }

    /// <summary>Only the person an incident was raised for confirms or reopens its resolution; the desk uses transitions.</summary>
    public static void EnsureIsRequester(Caller caller, IIncidentParties incident, Guid id)
    {
        EnsureCanSee(caller, incident, id);
        if (!Same(incident.Requester, caller.Name))
        {
            throw new ForbiddenException($"Only the requester of {incident.Number} confirms or reopens its resolution; the service desk moves it with a transition.");
        }
    }

    /// <summary>The requester may add public comments to their own incident; working it allows any comment.</summary>
    public static void EnsureCanComment(Caller caller, IIncidentParties incident, Guid id, CommentVisibility visibility)
    {
        EnsureCanSee(caller, incident, id);
        var ownPublicReply = visibility == CommentVisibility.Public && caller.Is(Role.Requester) && Same(incident.Requester, caller.Name);
        if (!ownPublicReply && !CanWork(caller, incident))
        {
            throw new ForbiddenException(visibility == CommentVisibility.WorkNote && !SeesWorkNotes(caller)
                ? "Only agents write work notes."
                : $"Your roles do not let you comment on {incident.Number}.");
        }
    }

    public static IReadOnlyList<Comment> VisibleComments(Caller caller, IEnumerable<Comment> comments) =>
        [.. comments.Where(c => c.Visibility == CommentVisibility.Public || SeesWorkNotes(caller))];

    public static IReadOnlyList<HistoryEntry> VisibleHistory(Caller caller, IEnumerable<HistoryEntry> history) =>
        [.. history.Where(h => h.Kind != HistoryKind.WorkNoteAdded || SeesWorkNotes(caller))];

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
