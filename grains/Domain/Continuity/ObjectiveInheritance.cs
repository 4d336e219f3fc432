using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Continuity;

/// <summary>
/// What each service must meet because others depend on it: a service is needed back as soon as the most demanding
/// service above it (directly or through others) needs to be back, and may lose no more data than the most demanding
/// of them. A business service's objectives thus flow down to the technical services it uses, and a dependency whose
/// own objective is looser than what flows down to it is flagged.
/// </summary>
public static class ObjectiveInheritance
{
    public static IReadOnlyList<ObjectiveCheck> Check(IReadOnlyDictionary<string, RecoveryObjectives?> own, DependencyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(graph);
        return [.. own.Keys.Order(StringComparer.Ordinal).Select(service =>
        {
            var dependents = graph.Downstream(service)
                .Select(d => (Id: d, Objectives: own.GetValueOrDefault(d)))
                .Where(d => d.Objectives is not null)
                .ToList();
            var rto = dependents.OrderBy(d => d.Objectives!.Rto).ThenBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault();
            var rpo = dependents.OrderBy(d => d.Objectives!.Rpo).ThenBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault();
            return new ObjectiveCheck(service, own[service], rto.Objectives?.Rto, rto.Id, rpo.Objectives?.Rpo, rpo.Id);
        })];
    }
}
