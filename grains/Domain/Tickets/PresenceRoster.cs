using ItsmOrleans.Contracts.Tickets;

namespace ItsmOrleans.Domain.Tickets;

/// <summary>The views present in one ticket's room, each with when it last reported; plain rules, no clock of its own.</summary>
public sealed class PresenceRoster
{
    private readonly Dictionary<string, (TicketViewer Viewer, DateTimeOffset LastReport)> _views = new(StringComparer.Ordinal);

    public int Count => _views.Count;

    /// <returns>True when what others see changed (a new view, another activity or field), not for a mere keep-alive.</returns>
    public bool Report(string connection, string user, PresenceActivity activity, string? field, DateTimeOffset now)
    {
        var known = _views.TryGetValue(connection, out var current);
        var same = known && current.Viewer.User == user && current.Viewer.Activity == activity && current.Viewer.Field == field;
        var viewer = same ? current.Viewer : new TicketViewer(connection, user, activity, field, now);
        _views[connection] = (viewer, now);
        return !same;
    }

    public bool Leave(string connection) => _views.Remove(connection);

    /// <returns>True when a view timed out.</returns>
    public bool Expire(DateTimeOffset now, TimeSpan timeout)
    {
        var gone = _views.Where(v => now - v.Value.LastReport >= timeout).Select(v => v.Key).ToList();
        gone.ForEach(connection => _views.Remove(connection));
        return gone.Count > 0;
    }

    /// <summary>Everyone present, people first by name, then their views by how long they have been there.</summary>
    public IReadOnlyList<TicketViewer> Viewers() =>
        [.. _views.Values.Select(v => v.Viewer).OrderBy(v => v.User, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Since).ThenBy(v => v.Connection, StringComparer.Ordinal)];
}
