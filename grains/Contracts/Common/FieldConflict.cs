namespace ItsmOrleans.Contracts.Common;

/// <summary>A field someone else changed after the version an edit was based on, with both values so a person can choose.</summary>
/// <param name="Yours">The value the refused edit wanted.</param>
/// <param name="Theirs">The value the field holds now.</param>
[GenerateSerializer, Immutable, Alias("itsm.FieldConflict")]
public sealed record FieldConflict(string Field, string? Yours, string? Theirs, string ChangedBy, DateTimeOffset ChangedAt);
