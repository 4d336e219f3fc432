namespace ItsmOrleans.Domain.Services;

/// <summary>The "depends on" edges between services, kept acyclic: an edge that would close a cycle is refused with the cycle's path.</summary>
public sealed class DependencyGraph(IDictionary<string, HashSet<string>> dependsOn)
{
    public IReadOnlyCollection<string> DependsOn(string service) =>
        dependsOn.TryGetValue(service, out var targets) ? targets : [];

    public IReadOnlyList<string> Dependents(string service) =>
        [.. dependsOn.Where(e => e.Value.Contains(service)).Select(e => e.Key).Order(StringComparer.Ordinal)];

    /// <summary>Every service <paramref name="service"/> depends on, directly or through others, in id order.</summary>
    public IReadOnlyList<string> Upstream(string service) => Reachable(service, DependsOn);

    /// <summary>Every service that depends on <paramref name="service"/>, directly or through others, in id order.</summary>
    public IReadOnlyList<string> Downstream(string service) => Reachable(service, Dependents);

    private static IReadOnlyList<string> Reachable(string service, Func<string, IReadOnlyCollection<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([service]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var target in next(current))
            {
                if (target != service && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return [.. seen.Order(StringComparer.Ordinal)];
    }

    /// <summary>The path that adding "<paramref name="service"/> depends on <paramref name="target"/>" would close into a cycle, or null.</summary>
    public IReadOnlyList<string>? CycleIfAdded(string service, string target)
    {
        if (service == target)
        {
            return [service, service];
        }

        // A cycle appears if the target already (transitively) depends on the service.
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>([target]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in DependsOn(current))
            {
                if (next == service)
                {
                    return Path(service, target, cameFrom, current);
                }

                if (next != target && cameFrom.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    public bool Add(string service, string target)
    {
        if (!dependsOn.TryGetValue(service, out var targets))
        {
            dependsOn[service] = targets = [];
        }

        return targets.Add(target);
    }

    public bool Remove(string service, string target) => dependsOn.TryGetValue(service, out var targets) && targets.Remove(target);

    /// <summary>The cycle as a path: service → target → … → current → service.</summary>
    private static List<string> Path(string service, string target, Dictionary<string, string> cameFrom, string current)
    {
        var middle = new List<string>();
        for (var at = current; at != target; at = cameFrom[at])
        {
            middle.Add(at);
        }

        middle.Reverse();
        return [service, target, .. middle, service];
    }
}
