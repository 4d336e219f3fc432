using ItsmOrleans.Contracts.ServiceRequests;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads service requests from the database; never activates grains.</summary>
public interface IServiceRequestReadModel
{
    /// <summary>Requests newest first; only those raised by or for <paramref name="onlyFor"/> when given.</summary>
    Task<IReadOnlyList<ServiceRequestSummary>> List(string? onlyFor, int limit, CancellationToken cancellationToken);

    /// <summary>Open fulfilment tasks, oldest request first; only a group's or an assignee's when given.</summary>
    Task<IReadOnlyList<FulfilmentTaskRow>> OpenTasks(string? assignmentGroup, string? assignee, int limit, CancellationToken cancellationToken);
}
