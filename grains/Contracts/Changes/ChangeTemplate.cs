namespace ItsmOrleans.Contracts.Changes;

/// <summary>A pre-approved recipe for a standard change: routine, low-risk work that needs no CAB.</summary>
/// <param name="Id">Lower-case letters, digits and dashes.</param>
/// <param name="ServiceIds">The services the template may be used on; empty for any.</param>
/// <param name="MaxDuration">The longest window a change from this template may plan.</param>
[GenerateSerializer, Immutable, Alias("itsm.ChangeTemplate")]
public sealed record ChangeTemplate(
    string Id,
    string Name,
    string Description,
    string ImplementationPlan,
    string BackoutPlan,
    IReadOnlyList<string> ServiceIds,
    TimeSpan MaxDuration);
