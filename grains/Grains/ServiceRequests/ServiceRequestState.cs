using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Grains.Commands;
using ItsmOrleans.Grains.Idempotency;

namespace ItsmOrleans.Grains.ServiceRequests;

[GenerateSerializer, Alias("itsm.ServiceRequestState")]
public sealed class ServiceRequestState : IVersionedState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Number { get; set; } = "";
    [Id(2)] public CatalogItem? Item { get; set; }
    [Id(3)] public ServiceRequestStatus Status { get; set; }
    [Id(4)] public string RequestedBy { get; set; } = "";
    [Id(5)] public string RequestedFor { get; set; } = "";
    [Id(6)] public Dictionary<string, string> Answers { get; set; } = [];
    [Id(7)] public List<string> Approvers { get; set; } = [];
    [Id(8)] public int RequiredApprovals { get; set; }
    [Id(9)] public List<ApprovalDecision> Decisions { get; set; } = [];
    [Id(10)] public List<FulfilmentTask> Tasks { get; set; } = [];
    [Id(11)] public bool Responded { get; set; }
    [Id(12)] public SlaClockView? Response { get; set; }
    [Id(13)] public SlaClockView? Fulfilment { get; set; }
    [Id(14)] public int ResponseEventsRecorded { get; set; }
    [Id(15)] public int FulfilmentEventsRecorded { get; set; }
    [Id(16)] public List<ServiceRequestHistoryEntry> History { get; set; } = [];
    [Id(17)] public DateTimeOffset CreatedAt { get; set; }
    [Id(18)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(19)] public int Version { get; set; }
    [Id(20)] public int Revision { get; set; }
    [Id(21)] public List<AppliedRequest> RecentRequests { get; set; } = [];
    [Id(22)] public AppliedRequest? CreateRequest { get; set; }

    /// <summary>The request as GET /api/service-requests/{id} returns it: answers, approvals, tasks, SLA clocks and history.</summary>
    public ServiceRequestView ToView(Guid id) => new(
        id, Number, Item?.Id ?? "", Item?.Name ?? "", Status, RequestedBy, RequestedFor, Answers, [.. Approvers],
        RequiredApprovals, [.. Decisions], [.. Tasks], Item?.FulfilmentGroup ?? "", Response, Fulfilment, [.. History],
        CreatedAt, UpdatedAt, Version, ApprovalEntitlement.RolesDeciding(Item?.Approval.Kind ?? ApprovalKind.None));
}
