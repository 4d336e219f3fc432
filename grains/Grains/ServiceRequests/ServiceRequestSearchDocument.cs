using ItsmOrleans.Domain.Search;
using ItsmOrleans.Domain.ServiceRequests;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>What search finds of a service request: the item asked for, the answers, tasks and decisions.</summary>
public static class ServiceRequestSearchDocument
{
    public static SearchDocument Of(Guid id, ServiceRequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new SearchDocument(
            SearchKinds.ServiceRequest,
            id,
            state.Number,
            state.Item?.Name ?? "",
            state.Status.ToString(),
            !ServiceRequestWorkflow.IsFinal(state.Status),
            null,
            null,
            state.Item?.FulfilmentGroup,
            null,
            state.RequestedFor,
            state.CreatedAt,
            state.UpdatedAt,
            (state.Response?.Breached ?? false) || (state.Fulfilment?.Breached ?? false),
            state.Revision,
            SearchDocument.Text([
                state.Item?.Description,
                .. state.Answers.Values,
                .. state.Decisions.Select(d => d.Comment),
                .. state.Tasks.SelectMany(t => new[] { t.Title, t.Notes }),
            ]),
            "",
            RequestedBy: state.RequestedBy);
    }
}
