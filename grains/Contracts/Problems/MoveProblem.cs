namespace ItsmOrleans.Contracts.Problems;

/// <summary>Moves a problem along its lifecycle.</summary>
/// <param name="Resolution">Required to resolve.</param>
/// <param name="ResolveWaitingIncidents">When resolving: also resolve linked incidents on hold waiting for this problem.</param>
[GenerateSerializer, Immutable, Alias("itsm.MoveProblem")]
public sealed record MoveProblem(ProblemStatus To, ProblemResolution? Resolution = null, string? Notes = null, bool ResolveWaitingIncidents = true);
