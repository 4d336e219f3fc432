using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Contracts.Problems;

/// <summary>
/// One problem, keyed by its id. Linked incidents show its workaround; publishing it as a known error lets agents find
/// and apply it; resolving it can resolve the linked incidents that wait for it. Versioned and idempotent like incidents.
/// </summary>
public interface IProblemGrain : IGrainWithGuidKey
{
    Task<ProblemView> Create(CommandContext context, CreateProblem command);

    Task<ProblemView> Get(Caller caller);

    Task<ProblemView> Update(CommandContext context, UpdateProblem command);

    Task<ProblemView> Move(CommandContext context, MoveProblem command);

    /// <summary>Publishes (or withdraws) the problem as a known error; publishing needs a workaround or a cause.</summary>
    Task<ProblemView> SetKnownError(CommandContext context, bool knownError);

    Task<ProblemView> LinkIncident(CommandContext context, Guid incidentId);

    Task<ProblemView> UnlinkIncident(CommandContext context, Guid incidentId);

    Task<IReadOnlyList<ProblemHistoryEntry>> GetHistory(Caller caller);

    /// <summary>A linked incident changed.</summary>
    [OneWay]
    Task OnIncidentChanged(IncidentSummary incident);
}
