namespace ItsmOrleans.Contracts.Changes;

/// <summary>The standard-change templates and the change freezes, with the catalogue's version.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ChangeCatalogView")]
public sealed record ChangeCatalogView(int Version, IReadOnlyList<ChangeTemplate> Templates, IReadOnlyList<FreezePeriod> Freezes);
