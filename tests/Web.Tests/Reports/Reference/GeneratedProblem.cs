namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>What the generator knows happened to one problem: its opening, and each incident's first link to it.</summary>
public sealed record GeneratedProblem(RecordMoment Opened, IReadOnlyList<RecordMoment> FirstLinks);
