using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Domain.ServiceRequests;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>How the approvers' decisions settle a request waiting for approval: enough approvals start fulfilment, a rejection ends it.</summary>
public static class ServiceRequestApproval
{
    /// <summary>Records the approver's decision (replacing one they made before) and what it settles.</summary>
    public static void Decide(ServiceRequestState state, bool approve, string? comment, string approver, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != ServiceRequestStatus.WaitingForApproval)
        {
            throw new DomainValidationException("status", $"{state.Number} is not waiting for approval.");
        }

        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainValidationException("comment", "Say why the request is rejected.");
        }

        state.Decisions.RemoveAll(d => ServiceRequestAccess.Same(d.Approver, approver));
        state.Decisions.Add(new ApprovalDecision(approver, approve, comment?.Trim(), now));
        ServiceRequestHistory.Add(state, now, approver, approve ? "approvedBy" : "rejectedBy", comment?.Trim() ?? "");
        switch (ServiceRequestRules.Outcome(state.Decisions, state.RequiredApprovals))
        {
            case true:
                ServiceRequestHistory.Add(state, now, "system", "approved", $"Approved by {string.Join(", ", state.Decisions.Select(d => d.Approver))}");
                ServiceRequestFulfilment.Start(state, now);
                break;
            case false:
                state.Status = ServiceRequestStatus.Rejected;
                ServiceRequestHistory.Add(state, now, "system", "rejected", $"Rejected by {approver}: {comment}");
                break;
        }
    }
}
