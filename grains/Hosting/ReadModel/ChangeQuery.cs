using ItsmOrleans.Contracts.Changes;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>A page of the change list, newest first, optionally filtered.</summary>
public sealed record ChangeQuery(ChangeStatus? Status = null, string? ServiceId = null, int Limit = 50, string? After = null);
