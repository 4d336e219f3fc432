namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>New → Waiting for approval → Approved / Rejected → In fulfilment → Fulfilled → Closed, or Cancelled.</summary>
public enum ServiceRequestStatus
{
    New = 1,
    WaitingForApproval = 2,
    Approved = 3,
    Rejected = 4,
    InFulfilment = 5,
    Fulfilled = 6,
    Closed = 7,
    Cancelled = 8,
}
