namespace ItsmOrleans.Hosting.Export;

/// <summary>One grain's saved state as its storage row holds it, with the grain's id.</summary>
public sealed record StoredGrainState<TState>(Guid Id, TState State);
