using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Incidents;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>The persisted state of one incident, history and comments included.</summary>
[GenerateSerializer, Alias("itsm.IncidentState")]
public sealed class IncidentState : IIncidentParties, IVersionedState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Number { get; set; } = "";
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public string Description { get; set; } = "";
    [Id(4)] public Impact Impact { get; set; }
    [Id(5)] public Urgency Urgency { get; set; }
    [Id(6)] public Priority Priority { get; set; }
    [Id(7)] public IncidentStatus Status { get; set; }
    [Id(8)] public HoldReason? HoldReason { get; set; }
    [Id(9)] public ResolutionCode? ResolutionCode { get; set; }
    [Id(10)] public string? ResolutionNotes { get; set; }
    [Id(11)] public string? ServiceId { get; set; }
    [Id(12)] public string? AssignmentGroup { get; set; }
    [Id(13)] public string? Assignee { get; set; }
    [Id(14)] public string Requester { get; set; } = "";
    [Id(15)] public DateTimeOffset CreatedAt { get; set; }
    [Id(16)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(17)] public DateTimeOffset? ResolvedAt { get; set; }
    [Id(18)] public DateTimeOffset? ClosedAt { get; set; }
    [Id(19)] public DateTimeOffset? RespondedAt { get; set; }

    /// <summary>Bumped by every command; what clients send back to detect a stale view.</summary>
    [Id(20)] public int Version { get; set; }

    /// <summary>Bumped by every change including SLA events; orders rows in the read model and on boards.</summary>
    [Id(21)] public int Revision { get; set; }

    [Id(22)] public string SlaPolicyId { get; set; } = "";
    [Id(23)] public SlaTargets? SlaTargets { get; set; }
    [Id(24)] public SlaClockView? ResponseClock { get; set; }
    [Id(25)] public SlaClockView? ResolutionClock { get; set; }
    [Id(26)] public int ResponseEventsRecorded { get; set; }
    [Id(27)] public int ResolutionEventsRecorded { get; set; }
    [Id(28)] public List<Comment> Comments { get; set; } = [];
    [Id(29)] public List<HistoryEntry> History { get; set; } = [];

    /// <summary>Idempotency keys of the latest commands, newest last, with a fingerprint of each command.</summary>
    [Id(30)] public List<AppliedRequest> RecentRequests { get; set; } = [];

    /// <summary>The key the incident was created with, kept for good: a create may be retried long after.</summary>
    [Id(31)] public AppliedRequest? CreateRequest { get; set; }

    /// <summary>The major incident this incident is handled under, if any.</summary>
    [Id(40)] public MajorIncidentReference? MajorIncident { get; set; }

    /// <summary>The problem this incident is linked to, with its workaround, if any.</summary>
    [Id(50)] public ProblemReference? Problem { get; set; }

    /// <summary>The escalation policy of the incident's service when it was raised, if any.</summary>
    [Id(80)] public string? EscalationPolicyId { get; set; }

    /// <summary>Someone responded or the incident ended: its escalation was told to stop.</summary>
    [Id(81)] public bool EscalationStopped { get; set; }

    /// <summary>Who acknowledged the escalation without taking the incident (the NOC), if anyone.</summary>
    [Id(82)] public string? EscalationAcknowledgedBy { get; set; }

    /// <summary>The change recorded as having caused this incident, if any.</summary>
    [Id(70)] public ChangeReference? CausedByChange { get; set; }

    /// <summary>The incident as GET /api/incidents/{id} returns it.</summary>
    public IncidentView ToView(Guid id) => new(
        id, Number, Title, Description, Impact, Urgency, Priority, Status, HoldReason,
        ResolutionCode, ResolutionNotes, ServiceId, AssignmentGroup, Assignee, Requester,
        CreatedAt, UpdatedAt, ResolvedAt, ClosedAt, Version,
        new IncidentSla(SlaPolicyId, ResponseClock!, ResolutionClock!),
        IncidentWorkflow.Table.AllowedFrom(Status),
        CausedByChange,
        MajorIncident,
        Problem);
}
