using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Security;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>Whether a history entry is the incident's first response, for SLA replays and reports alike.</summary>
internal static class FirstResponse
{
    /// <summary>
    /// An entry that records <c>respondedAt</c>, or a creation with an assignee by a person: entries written before
    /// creations recorded <c>respondedAt</c> counted every assignee, and automation's never counts unless recorded.
    /// </summary>
    public static bool In(HistoryEntry entry) =>
        entry.Changes.Any(c => c.Field == "respondedAt" && c.New is not null)
        || (entry.Kind == HistoryKind.Created && !CallerNames.IsApiKey(entry.Actor)
            && entry.Changes.Any(c => c.Field == "assignee" && c.New is not null));
}
