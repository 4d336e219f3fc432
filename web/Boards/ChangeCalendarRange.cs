using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Boards;

/// <summary>The stretch of time (and optionally the one service) a change-calendar client watches.</summary>
public sealed record ChangeCalendarRange(DateTimeOffset From, DateTimeOffset To, string? ServiceId = null)
{
    public bool Includes(ChangeSummary change) =>
        change.Window is { } window && window.Start < To && From < window.End
        && (ServiceId is null || string.Equals(change.ServiceId, ServiceId, StringComparison.Ordinal));

    /// <summary>Why this range cannot be served, or null when it can.</summary>
    public string? Problem() =>
        To <= From ? "'to' comes after 'from'."
        : To - From > ChangeListRequest.LongestCalendarRange ? $"A calendar range spans at most {ChangeListRequest.LongestCalendarRange.TotalDays} days."
        : ServiceId is { Length: > 100 } ? "A service id is at most 100 characters."
        : null;
}
