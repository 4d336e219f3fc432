namespace ItsmOrleans.Contracts.Changes;

/// <summary>Points at a change from another record, e.g. the change an incident was caused by.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ChangeReference")]
public sealed record ChangeReference(Guid Id, string Number);
