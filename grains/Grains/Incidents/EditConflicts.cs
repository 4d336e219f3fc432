using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Grains.Incidents;

/// <summary>
/// Decides whether an edit made from an older version may be merged: it may unless it sets a field that someone else
/// changed since that version to something else. The history knows which fields each version changed.
/// </summary>
public static class EditConflicts
{
    /// <summary>The fields a command sets, formatted as the history records them; commands that only add (comments) set none.</summary>
    public static IReadOnlyDictionary<string, string?> Touched(object command)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Set<T>(string field, T? value, bool given)
        {
            if (given)
            {
                fields[field] = FieldChangeList.Format(value);
            }
        }

        switch (command)
        {
            case UpdateIncidentDetails d:
                Set("title", d.Title?.Trim(), d.Title is not null);
                Set("description", d.Description, d.Description is not null);
                Set("impact", d.Impact, d.Impact is not null);
                Set("urgency", d.Urgency, d.Urgency is not null);
                Set("serviceId", IncidentCommands.Blank(d.ServiceId), d.ServiceId is not null);
                Set("slaPolicy", IncidentCommands.Blank(d.SlaPolicyId), !string.IsNullOrWhiteSpace(d.SlaPolicyId));
                break;
            case AssignIncident a:
                Set("assignmentGroup", IncidentCommands.Blank(a.AssignmentGroup), a.AssignmentGroup is not null);
                Set("assignee", IncidentCommands.Blank(a.Assignee), a.Assignee is not null);
                break;
            case ChangeIncidentStatus s:
                Set<Enum>("status", s.To, true);
                break;
        }

        return fields;
    }

    /// <summary>
    /// Refuses a command based on another version than <paramref name="version"/> unless it merges: a newer version than
    /// the incident's is a version conflict; an older one is an edit conflict when it sets a field that changed since
    /// (both values are shown).
    /// </summary>
    public static void EnsureMergeable(IReadOnlyList<HistoryEntry> history, int version, int? expectedVersion, object command)
    {
        if (expectedVersion is not { } expected || expected == version)
        {
            return;
        }

        var conflicts = expected > version ? null : Find(history, expected, Touched(command));
        if (conflicts is null)
        {
            throw new VersionConflictException(expected, version);
        }

        if (conflicts.Count > 0)
        {
            throw new EditConflictException(version, conflicts);
        }
    }

    /// <returns>The touched fields changed to another value after <paramref name="basedOnVersion"/>; empty when the edit merges.</returns>
    public static IReadOnlyList<FieldConflict> Find(IReadOnlyList<HistoryEntry> history, int basedOnVersion, IReadOnlyDictionary<string, string?> touched)
    {
        var conflicts = new List<FieldConflict>();
        foreach (var (field, yours) in touched)
        {
            var latest = history
                .Where(h => h.Version > basedOnVersion)
                .SelectMany(h => h.Changes.Where(c => c.Field == field).Select(c => (Entry: h, Change: c)))
                .LastOrDefault();
            if (latest.Change is { } change && !string.Equals(change.New, yours, StringComparison.Ordinal))
            {
                conflicts.Add(new FieldConflict(field, yours, change.New, latest.Entry.Actor, latest.Entry.At));
            }
        }

        return conflicts;
    }
}
