namespace ItsmOrleans.Contracts.Incidents;

/// <summary>One field's value before and after a change; null means empty.</summary>
[GenerateSerializer, Immutable, Alias("itsm.FieldChange")]
public sealed record FieldChange(string Field, string? Old, string? New);
