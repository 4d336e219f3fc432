using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Domain.MajorIncidents;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>The persisted state of one major incident, timeline included.</summary>
[GenerateSerializer, Alias("itsm.MajorIncidentState")]
public sealed class MajorIncidentState : IVersionedState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Number { get; set; } = "";
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public MajorIncidentStatus Status { get; set; }
    [Id(4)] public string Commander { get; set; } = "";
    [Id(5)] public Guid PrimaryIncidentId { get; set; }
    [Id(6)] public List<ChildIncident> Children { get; set; } = [];
    [Id(7)] public TimeSpan Cadence { get; set; }
    [Id(8)] public DateTimeOffset? LastUpdateAt { get; set; }
    [Id(9)] public UpdateDueState UpdateDue { get; set; }
    [Id(10)] public List<TimelineEntry> Timeline { get; set; } = [];
    [Id(11)] public PostIncidentReview? Review { get; set; }
    [Id(12)] public DateTimeOffset PromotedAt { get; set; }
    [Id(13)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(14)] public int Version { get; set; }
    [Id(15)] public int Revision { get; set; }
    [Id(16)] public List<AppliedRequest> RecentRequests { get; set; } = [];
    [Id(17)] public AppliedRequest? CreateRequest { get; set; }

    /// <summary>When the next stakeholder update is due: the cadence after the last update, or after the promotion or reopening.</summary>
    [Id(18)] public DateTimeOffset? NextUpdateDue { get; set; }

    /// <summary>The major incident as GET /api/major-incidents/{id} returns it, timeline and review included.</summary>
    public MajorIncidentView ToView(Guid id) => new(
        id, Number, Title, Status, Commander, PrimaryIncidentId, [.. Children], Cadence, LastUpdateAt,
        Status == MajorIncidentStatus.Active ? NextUpdateDue : null, UpdateDue, [.. Timeline], Review, PromotedAt,
        UpdatedAt, Version, MajorIncidentWorkflow.Table.AllowedFrom(Status));
}
