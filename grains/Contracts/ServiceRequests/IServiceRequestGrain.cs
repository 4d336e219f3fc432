using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>
/// One service request, keyed by its id: approvals by its item's rule, then fulfilment tasks, with a response and a
/// fulfilment SLA in business hours. Mutations are versioned and idempotent by request id.
/// </summary>
public interface IServiceRequestGrain : IGrainWithGuidKey, ISlaEventSink
{
    Task<ServiceRequestView> Submit(CommandContext context, SubmitRequest command);

    Task<ServiceRequestView> Get(Caller caller);

    /// <summary>An approver's decision; a rejection needs a comment.</summary>
    Task<ServiceRequestView> Decide(CommandContext context, bool approve, string? comment);

    Task<ServiceRequestView> AssignTask(CommandContext context, int task, string assignee);

    /// <summary>Completes a task; completing the last one fulfils the request.</summary>
    Task<ServiceRequestView> CompleteTask(CommandContext context, int task, string? notes);

    /// <summary>Closes a fulfilled request, reopens it into fulfilment, or cancels it (with a reason).</summary>
    Task<ServiceRequestView> Move(CommandContext context, ServiceRequestStatus to, string? notes);
}
