using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.Risks;

/// <summary>The persisted state of one risk, history included.</summary>
[GenerateSerializer, Alias("itsm.RiskState")]
public sealed class RiskState : IVersionedState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Number { get; set; } = "";
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public string Description { get; set; } = "";
    [Id(4)] public string? Cause { get; set; }
    [Id(5)] public RiskCategory Category { get; set; }
    [Id(6)] public RiskStatus Status { get; set; }
    [Id(7)] public string Owner { get; set; } = "";
    [Id(8)] public RiskLinks Links { get; set; } = RiskLinks.None;
    [Id(9)] public RiskRating? Inherent { get; set; }
    [Id(10)] public RiskRating? Residual { get; set; }
    [Id(11)] public RiskTreatment? Treatment { get; set; }
    [Id(12)] public List<string> Controls { get; set; } = [];
    [Id(13)] public List<RiskAction> Actions { get; set; } = [];
    [Id(14)] public List<Alternative> Alternatives { get; set; } = [];
    [Id(15)] public DateOnly? ReviewBy { get; set; }
    [Id(16)] public DateTimeOffset CreatedAt { get; set; }
    [Id(17)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(18)] public int Version { get; set; }
    [Id(19)] public int Revision { get; set; }
    [Id(20)] public List<RiskHistoryEntry> History { get; set; } = [];
    [Id(21)] public List<AppliedRequest> RecentRequests { get; set; } = [];
    [Id(22)] public AppliedRequest? CreateRequest { get; set; }

    /// <summary>Whether the boards were last told its review is overdue, and how often they were told (orders the notices).</summary>
    [Id(23)] public bool ReviewOverdueAnnounced { get; set; }
    [Id(24)] public long NoticeRevision { get; set; }

    /// <summary>The risk as GET /api/risks/{id} returns it.</summary>
    public RiskView ToView(Guid id) => new(
        id, Number, Title, Description, Cause, Category, Status, Owner, Links,
        Inherent, Inherent is null ? null : RiskScoring.Band(Inherent),
        Residual, Residual is null ? null : RiskScoring.Band(Residual),
        Treatment, [.. Controls], [.. Actions], [.. Alternatives], ReviewBy, CreatedAt, UpdatedAt, Version,
        RiskWorkflow.Table.AllowedFrom(Status));
}
