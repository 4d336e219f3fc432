using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Contracts.Incidents;

/// <summary>
/// One incident, keyed by its id. Every mutation returns the new state and its version;
/// a command whose <see cref="CommandContext.ExpectedVersion"/> is stale fails with <see cref="VersionConflictException"/>.
/// Access is checked here: an incident the caller may not see is <see cref="NotFoundException"/>, one they may see but
/// not change is <see cref="ForbiddenException"/>.
/// </summary>
public interface IIncidentGrain : IGrainWithGuidKey, ISlaEventSink
{
    /// <summary>Raises the incident. Repeating the same command (same request id) returns the incident created the first time.</summary>
    Task<IncidentView> Create(CommandContext context, CreateIncident command);

    /// <summary>Returns the incident, or fails with <see cref="NotFoundException"/> (also when the caller may not see it).</summary>
    Task<IncidentView> Get(Caller caller);

    Task<IncidentView> UpdateDetails(CommandContext context, UpdateIncidentDetails command);

    Task<IncidentView> Assign(CommandContext context, AssignIncident command);

    /// <summary>
    /// Assigns the incident to the caller if nobody else has it: of two agents racing, one gets it and the other an
    /// <see cref="Common.EditConflictException"/> naming who took it.
    /// </summary>
    Task<IncidentView> Take(CommandContext context);

    /// <summary>
    /// Acknowledges the incident: one who works it takes it unless someone already responded; the NOC acknowledges the
    /// page without taking it. Either stops its escalation.
    /// </summary>
    Task<IncidentView> Acknowledge(CommandContext context);

    /// <summary>Moves the incident to another status; a move the workflow forbids fails with <see cref="InvalidTransitionException"/>.</summary>
    Task<IncidentView> ChangeStatus(CommandContext context, ChangeIncidentStatus command);

    Task<IncidentView> AddComment(CommandContext context, AddComment command);

    /// <summary>
    /// The requester confirms a resolved incident is fixed: it closes. Only the incident's requester answers a resolution
    /// (anyone else who sees it gets <see cref="ForbiddenException"/>); an incident that is not resolved is an
    /// <see cref="InvalidTransitionException"/>.
    /// </summary>
    Task<IncidentView> ConfirmResolution(CommandContext context);

    /// <summary>
    /// The requester says a resolved incident is not fixed: it goes back in progress, their reason kept in its history.
    /// The same rules as <see cref="ConfirmResolution"/>.
    /// </summary>
    Task<IncidentView> Reopen(CommandContext context, ReopenIncident command);

    /// <summary>Comments, and work notes when the caller may read them, oldest first.</summary>
    Task<IReadOnlyList<Comment>> GetComments(Caller caller);

    /// <summary>Every recorded change the caller may read, oldest first.</summary>
    Task<IReadOnlyList<HistoryEntry>> GetHistory(Caller caller);

    /// <summary>
    /// The ticket and the timeline entries after <paramref name="afterSequence"/> the caller may see; the whole
    /// timeline when more than <paramref name="limit"/> came since (the caller starts again from it).
    /// </summary>
    Task<Tickets.TicketTimeline> GetTimeline(Caller caller, int afterSequence, int limit);

    /// <summary>Records the change that caused the incident (called by the change, which checks who may link).</summary>
    Task<IncidentView> LinkCausingChange(CommandContext context, Guid changeId, string changeNumber);

    /// <summary>
    /// Puts the incident under a major incident (called by the major incident). Refused with a validation error when it is
    /// already under another one; joining the same one again changes nothing.
    /// </summary>
    Task<IncidentView> JoinMajorIncident(CommandContext context, MajorIncidentReference majorIncident);

    /// <summary>Takes the incident out of the major incident (called by the major incident).</summary>
    Task<IncidentView> LeaveMajorIncident(CommandContext context, Guid majorIncidentId);

    /// <summary>Links the incident to a problem, or refreshes the problem's workaround on it (called by the problem).</summary>
    Task<IncidentView> LinkProblem(CommandContext context, ProblemReference problem);

    /// <summary>Unlinks the incident from the problem (called by the problem).</summary>
    Task<IncidentView> UnlinkProblem(CommandContext context, Guid problemId);

    /// <summary>
    /// Recomputes both SLA clocks from the history against the current policy and calendar and returns them before and
    /// after. Unless <paramref name="dryRun"/>, a difference replaces the live clocks as a new version (recorded in the
    /// history, pushed to boards); a repeat finds nothing to change. Administrators only.
    /// </summary>
    Task<SlaRepairReport> RecomputeSla(CommandContext context, bool dryRun);

    /// <summary>
    /// <see cref="RecomputeSla"/> as part of the repair of <paramref name="policyId"/>: an incident under another policy
    /// is left as it is and reported <see cref="SlaRepairReport.Skipped"/>. The incident decides, because the read
    /// model may not know its policy (rows written before it kept one).
    /// </summary>
    Task<SlaRepairReport> RecomputeSlaOfPolicy(CommandContext context, string policyId, bool dryRun);

    /// <summary>The problem was resolved: the incident resolves too if it is on hold waiting for that problem.</summary>
    Task<IncidentView> ResolveFromProblem(CommandContext context, Guid problemId, string note);

}
