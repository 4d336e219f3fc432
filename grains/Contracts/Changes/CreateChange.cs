namespace ItsmOrleans.Contracts.Changes;

/// <summary>Raises a change request. A standard change names its template, which supplies the plans.</summary>
[GenerateSerializer, Immutable, Alias("itsm.CreateChange")]
public sealed record CreateChange(
    ChangeType Type,
    string Title,
    string Description,
    string? ServiceId = null,
    string? TemplateId = null,
    string? Impact = null,
    string? ImplementationPlan = null,
    string? BackoutPlan = null,
    string? TestPlan = null,
    IReadOnlyList<Alternative>? Alternatives = null,
    string? Implementer = null,
    ChangeWindow? Window = null,
    RiskAnswers? RiskAnswers = null);
