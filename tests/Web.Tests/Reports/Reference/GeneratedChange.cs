using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Web.Tests.Reports.Reference;

/// <summary>What the generator knows happened to one change: when its review recorded which outcome, if it got that far.</summary>
public sealed record GeneratedChange(RecordMoment? Reviewed, ChangeOutcome? Outcome);
