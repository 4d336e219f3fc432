using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Web.Apis;

/// <summary>What the change calendar shows for a range: the changes planned in it and the freezes that overlap it.</summary>
/// <param name="Truncated">More changes fall in the range than one answer holds; narrow it.</param>
public sealed record ChangeCalendarView(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<ChangeSummary> Changes, IReadOnlyList<FreezePeriod> Freezes, bool Truncated);
