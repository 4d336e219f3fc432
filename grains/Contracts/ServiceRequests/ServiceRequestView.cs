using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>A service request with its answers, approvals, tasks and SLA.</summary>
/// <param name="Approvers">Who must or may approve it (empty when no approval is needed).</param>
/// <param name="RequiredApprovals">How many approvals it needs.</param>
/// <param name="ApprovingRoles">The roles whose holders may decide besides <paramref name="Approvers"/> (the manager step's); nobody decides their own request.</param>
[GenerateSerializer, Immutable, Alias("itsm.ServiceRequestView")]
public sealed record ServiceRequestView(
    Guid Id,
    string Number,
    string ItemId,
    string ItemName,
    ServiceRequestStatus Status,
    string RequestedBy,
    string RequestedFor,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<string> Approvers,
    int RequiredApprovals,
    IReadOnlyList<ApprovalDecision> Decisions,
    IReadOnlyList<FulfilmentTask> Tasks,
    string FulfilmentGroup,
    SlaClockView? Response,
    SlaClockView? Fulfilment,
    IReadOnlyList<ServiceRequestHistoryEntry> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<Role> ApprovingRoles);
