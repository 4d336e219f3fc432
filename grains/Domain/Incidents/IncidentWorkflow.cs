using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Domain.Workflows;
using static ItsmOrleans.Contracts.Incidents.IncidentStatus;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>
/// The incident lifecycle: New → Assigned → In Progress ⇄ On Hold → Resolved → Closed,
/// Resolved may reopen to In Progress, New or Assigned may be cancelled, and monitoring resolves an untaken incident
/// whose alerts all cleared.
/// </summary>
public static class IncidentWorkflow
{
    private static readonly Func<IncidentTransitionRequest, GuardFailure?> NeedsAssignee = r =>
        string.IsNullOrWhiteSpace(r.Assignee) ? new GuardFailure("assignee", "Assign the incident to someone first.") : null;

    private static readonly Func<IncidentTransitionRequest, GuardFailure?> NeedsHoldReason = r =>
        r.Command.HoldReason is null ? new GuardFailure("holdReason", "Say what the incident is waiting for.") : null;

    private static readonly Func<IncidentTransitionRequest, GuardFailure?> NeedsResolution = r =>
        r.Command.ResolutionCode is null ? new GuardFailure("resolutionCode", "A resolution code is required to resolve.")
        : string.IsNullOrWhiteSpace(r.Command.ResolutionNotes) ? new GuardFailure("resolutionNotes", "Resolution notes are required to resolve.")
        : null;

    private static readonly Func<IncidentTransitionRequest, GuardFailure?> ClearedByMonitoring = r =>
        r.Command.ResolutionCode == ResolutionCode.ResolvedByMonitoring
            ? NeedsResolution(r)
            : new GuardFailure("resolutionCode", "Only monitoring resolves an incident before work on it has started, when its alerts clear.");

    public static Workflow<IncidentStatus, IncidentTransitionRequest> Table { get; } = new(
    [
        new(New, Assigned, NeedsAssignee),
        new(New, InProgress, NeedsAssignee),
        new(New, Cancelled),
        new(New, Resolved, ClearedByMonitoring, Automatic: true),
        new(Assigned, InProgress, NeedsAssignee),
        new(Assigned, Cancelled),
        new(Assigned, Resolved, ClearedByMonitoring, Automatic: true),
        new(InProgress, OnHold, NeedsHoldReason),
        new(InProgress, Resolved, NeedsResolution),
        new(OnHold, InProgress),
        new(OnHold, Resolved, NeedsResolution),
        new(Resolved, InProgress),
        new(Resolved, Closed),
    ],
    s => WireName.Of(s));

    public static bool IsFinal(IncidentStatus status) => status is Closed or Cancelled;
}
