using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Domain.Workflows;
using static ItsmOrleans.Contracts.ServiceRequests.ServiceRequestStatus;

namespace ItsmOrleans.Domain.ServiceRequests;

/// <summary>
/// The moves people make by hand; submission, approval decisions and completed tasks move the rest
/// (New → Waiting for approval → Approved / Rejected → In fulfilment → Fulfilled).
/// </summary>
public static class ServiceRequestWorkflow
{
    public static Workflow<ServiceRequestStatus, string?> Table { get; } = new(
    [
        new(Fulfilled, Closed),
        new(Fulfilled, InFulfilment, NeedsNotes),
        new(WaitingForApproval, Cancelled, NeedsNotes),
        new(InFulfilment, Cancelled, NeedsNotes),
    ],
    Name);

    public static string Name(ServiceRequestStatus status) => WireName.Of(status);

    public static bool IsFinal(ServiceRequestStatus status) => status is Closed or Cancelled or Rejected;

    private static GuardFailure? NeedsNotes(string? notes) => string.IsNullOrWhiteSpace(notes) ? new GuardFailure("notes", "Say why.") : null;
}
