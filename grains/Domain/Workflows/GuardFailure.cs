namespace ItsmOrleans.Domain.Workflows;

/// <summary>Why a transition may not happen yet: the field to fill in and what it needs.</summary>
public sealed record GuardFailure(string Field, string Message);
