namespace ItsmOrleans.Hosting.Export;

/// <summary>One string-keyed grain's saved state as its storage row holds it, with the grain's key.</summary>
public sealed record KeyedGrainState<TState>(string Key, TState State);
