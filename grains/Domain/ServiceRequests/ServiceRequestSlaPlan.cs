using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.ServiceRequests;

/// <summary>
/// The state each clock of a request should be in. Both wait while approvers decide. Response stops when the fulfilment
/// team first acts on a task; fulfilment stops when the request is fulfilled (and starts again if it is reopened).
/// </summary>
public static class ServiceRequestSlaPlan
{
    public static SlaClockState Desired(SlaClockKind clock, ServiceRequestStatus status, bool responded) =>
        status is ServiceRequestStatus.Rejected or ServiceRequestStatus.Cancelled or ServiceRequestStatus.Fulfilled or ServiceRequestStatus.Closed
            ? SlaClockState.Stopped
        : clock == SlaClockKind.Response && responded ? SlaClockState.Stopped
        : status == ServiceRequestStatus.WaitingForApproval ? SlaClockState.Paused
        : SlaClockState.Running;
}
