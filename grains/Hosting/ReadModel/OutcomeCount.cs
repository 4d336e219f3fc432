namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>How many facts of a group had an outcome (null for facts without one, such as openings).</summary>
public sealed record OutcomeCount(string? Group, string? Outcome, long Count);
