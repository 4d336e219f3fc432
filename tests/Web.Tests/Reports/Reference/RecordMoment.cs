namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>A change or problem as it stood when something a report counts happened to it.</summary>
public sealed record RecordMoment(DateTimeOffset At, string? Service, string? Group);
