using System.Collections.Concurrent;

namespace ItsmOrleans.Web.Tickets;

/// <summary>Which tickets each hub connection of this host is present in, so a dropped connection leaves them at once.</summary>
public sealed class PresenceConnections
{
    public const int MaxTicketsPerConnection = 50;

    private readonly ConcurrentDictionary<string, HashSet<Guid>> _tickets = new(StringComparer.Ordinal);

    /// <returns>False when the connection is already present in too many tickets.</returns>
    public bool Enter(string connection, Guid incidentId)
    {
        var tickets = _tickets.GetOrAdd(connection, _ => []);
        lock (tickets)
        {
            return tickets.Contains(incidentId) || (tickets.Count < MaxTicketsPerConnection && tickets.Add(incidentId));
        }
    }

    public void Leave(string connection, Guid incidentId)
    {
        if (_tickets.TryGetValue(connection, out var tickets))
        {
            lock (tickets)
            {
                tickets.Remove(incidentId);
            }
        }
    }

    public IReadOnlyList<Guid> Drop(string connection)
    {
        if (!_tickets.TryRemove(connection, out var tickets))
        {
            return [];
        }

        lock (tickets)
        {
            return [.. tickets];
        }
    }
}
