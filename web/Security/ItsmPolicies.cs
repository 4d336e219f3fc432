using Microsoft.AspNetCore.Authorization;

namespace ItsmOrleans.Web.Security;

/// <summary>The authorization policies; every endpoint and hub method names one.</summary>
public static class ItsmPolicies
{
    /// <summary>Anyone signed in with at least one role.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Raise incidents: requesters (for themselves), agents and admins.</summary>
    public const string RaiseIncidents = "raise-incidents";

    /// <summary>Read incidents (requesters only their own; enforced per incident).</summary>
    public const string ReadIncidents = "read-incidents";

    /// <summary>Comment on incidents (requesters only publicly on their own; enforced per incident).</summary>
    public const string CommentOnIncidents = "comment-on-incidents";

    /// <summary>Confirm or reopen a resolved incident: its requester, whatever their roles (enforced per incident).</summary>
    public const string AnswerResolutions = "answer-resolutions";

    /// <summary>Change incidents: agents (of the incident's group) and admins.</summary>
    public const string WorkIncidents = "work-incidents";

    /// <summary>Acknowledge an escalated incident: those who work it (it becomes theirs) and the NOC (the page stops).</summary>
    public const string AcknowledgeIncidents = "acknowledge-incidents";

    /// <summary>Watch live boards: the NOC, agents, change managers and admins.</summary>
    public const string WatchBoards = "watch-boards";

    /// <summary>Read change requests and the change calendar: agents, the NOC, change managers and admins.</summary>
    public const string ReadChanges = "read-changes";

    /// <summary>Raise and plan change requests: agents, change managers and admins.</summary>
    public const string WorkChanges = "work-changes";

    /// <summary>Vote in the CAB and keep standard-change templates and freezes: change managers and admins.</summary>
    public const string ApproveChanges = "approve-changes";

    /// <summary>Follow major incidents (and the banner): agents, the NOC, change managers and admins.</summary>
    public const string ReadMajorIncidents = "read-major-incidents";

    /// <summary>Promote and run major incidents: agents and admins.</summary>
    public const string RunMajorIncidents = "run-major-incidents";

    /// <summary>Read problems, known errors and problem suggestions: agents, the NOC, change managers and admins.</summary>
    public const string ReadProblems = "read-problems";

    /// <summary>Open and work problems, apply known errors, act on suggestions: agents and admins.</summary>
    public const string WorkProblems = "work-problems";

    /// <summary>Read reports (MTTA, MTTR, SLA compliance, backlog, volumes, change success, problem sources): agents, the NOC, change managers and admins.</summary>
    public const string ReadReports = "read-reports";

    /// <summary>Read licences with their assignees and notes: agents (who assign them), the NOC and change managers (the contracts page) and admins; not requesters.</summary>
    public const string ReadLicences = "read-licences";

    /// <summary>Read on-call schedules and who is on call: agents (who override them), the NOC, change managers and admins; not requesters.</summary>
    public const string ReadOnCallSchedules = "read-on-call-schedules";

    /// <summary>Read escalation policies (who is paged, when): agents, the NOC, change managers and admins; not requesters.</summary>
    public const string ReadEscalationPolicies = "read-escalation-policies";

    /// <summary>Read the assignment groups and their members (to assign tickets): agents, the NOC, change managers and admins; not requesters.</summary>
    public const string ReadGroups = "read-groups";

    /// <summary>Read the risk register and its heat map: agents, the NOC, change managers and admins; not requesters.</summary>
    public const string ReadRisks = "read-risks";

    /// <summary>Record, assess, treat, accept and close risks: change managers and admins.</summary>
    public const string KeepRisks = "keep-risks";

    /// <summary>Read business impact and continuity plans, and invoke a plan: agents, the NOC, change managers and admins; not requesters.</summary>
    public const string ReadContinuity = "read-continuity";

    /// <summary>Record business impact and keep continuity plans: change managers and admins.</summary>
    public const string KeepContinuity = "keep-continuity";

    /// <summary>Users, API keys, policies and the audit log.</summary>
    public const string Administer = "administer";

    public static IReadOnlyDictionary<string, Role[]> Roles { get; } = new Dictionary<string, Role[]>
    {
        [SignedIn] = [Role.Requester, Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [RaiseIncidents] = [Role.Requester, Role.Agent, Role.Noc, Role.Admin],
        [ReadIncidents] = [Role.Requester, Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [CommentOnIncidents] = [Role.Requester, Role.Agent, Role.Admin],
        [AnswerResolutions] = [Role.Requester, Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [WorkIncidents] = [Role.Agent, Role.Admin],
        [AcknowledgeIncidents] = [Role.Agent, Role.Noc, Role.Admin],
        [WatchBoards] = [Role.Noc, Role.Agent, Role.ChangeManager, Role.Admin],
        [ReadChanges] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [WorkChanges] = [Role.Agent, Role.ChangeManager, Role.Admin],
        [ApproveChanges] = [Role.ChangeManager, Role.Admin],
        [ReadMajorIncidents] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [RunMajorIncidents] = [Role.Agent, Role.Noc, Role.Admin],
        [ReadProblems] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [WorkProblems] = [Role.Agent, Role.Admin],
        [ReadReports] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [ReadLicences] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [ReadOnCallSchedules] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [ReadEscalationPolicies] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [ReadGroups] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [ReadRisks] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [KeepRisks] = [Role.ChangeManager, Role.Admin],
        [ReadContinuity] = [Role.Agent, Role.Noc, Role.ChangeManager, Role.Admin],
        [KeepContinuity] = [Role.ChangeManager, Role.Admin],
        [Administer] = [Role.Admin],
    };

    public static AuthorizationBuilder AddItsmPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (name, roles) in Roles)
        {
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles.Select(RoleNames.Of)));
        }

        // An endpoint that forgets to name a policy still requires someone signed in.
        return authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
