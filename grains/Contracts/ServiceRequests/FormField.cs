namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>One question on a catalogue item's form.</summary>
/// <param name="Name">The answer's key: lower-case letters, digits and dashes.</param>
/// <param name="Choices">The allowed answers of a choice field.</param>
[GenerateSerializer, Immutable, Alias("itsm.FormField")]
public sealed record FormField(string Name, string Label, FieldType Type, bool Required, IReadOnlyList<string> Choices);
