using ItsmOrleans.Domain.Search;
using ItsmOrleans.Domain.ServiceRequests;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>What search finds of a service request: the item asked for, the answers, tasks and decisions.</summary>
public sealed partial class ServiceRequestGrain
{
    private SearchDocument Indexed() => new(
        SearchKinds.ServiceRequest,
        Id,
        State.Number,
        State.Item?.Name ?? "",
        State.Status.ToString(),
        !ServiceRequestWorkflow.IsFinal(State.Status),
        null,
        null,
        State.Item?.FulfilmentGroup,
        null,
        State.RequestedFor,
        State.CreatedAt,
        State.UpdatedAt,
        (State.Response?.Breached ?? false) || (State.Fulfilment?.Breached ?? false),
        State.Revision,
        SearchDocument.Text([
            State.Item?.Description,
            .. State.Answers.Values,
            .. State.Decisions.Select(d => d.Comment),
            .. State.Tasks.SelectMany(t => new[] { t.Title, t.Notes }),
        ]),
        "",
        RequestedBy: State.RequestedBy);
}
