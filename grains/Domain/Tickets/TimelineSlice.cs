using System.Globalization;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Tickets;

namespace ItsmOrleans.Domain.Tickets;

/// <summary>Cuts the part of a ticket's timeline a room has not seen yet, pairing each comment entry with its comment.</summary>
public static class TimelineSlice
{
    private const string CommentNotePrefix = "comment #";

    /// <param name="visibleHistory">The history the caller may see, oldest first.</param>
    /// <param name="visibleComments">The comments the caller may see.</param>
    /// <returns>The items after <paramref name="afterSequence"/>, or every item (Complete) when more than <paramref name="limit"/> came since.</returns>
    public static (IReadOnlyList<TimelineItem> Items, bool Complete) After(
        IReadOnlyList<HistoryEntry> visibleHistory, IReadOnlyList<Comment> visibleComments, int afterSequence, int limit)
    {
        ArgumentNullException.ThrowIfNull(visibleHistory);
        var comments = visibleComments.ToDictionary(c => c.Id);
        var missed = visibleHistory.Where(h => h.Sequence > afterSequence).ToList();
        var complete = afterSequence <= 0 || missed.Count > limit;
        var entries = complete ? visibleHistory : missed;
        return ([.. entries.Select(e => new TimelineItem(e, CommentOf(e, comments)))], complete);
    }

    /// <summary>Comment entries note the comment they added as "comment #N".</summary>
    private static Comment? CommentOf(HistoryEntry entry, Dictionary<int, Comment> comments) =>
        entry.Kind is HistoryKind.CommentAdded or HistoryKind.WorkNoteAdded
        && entry.Note is { } note
        && note.StartsWith(CommentNotePrefix, StringComparison.Ordinal)
        && int.TryParse(note.AsSpan(CommentNotePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && comments.TryGetValue(id, out var comment)
            ? comment
            : null;
}
