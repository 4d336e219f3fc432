namespace ItsmOrleans.Contracts.Changes;

/// <summary>A change freeze (blackout): changes planned inside it conflict. Applies to the listed services, or to all when none is listed.</summary>
[GenerateSerializer, Immutable, Alias("itsm.FreezePeriod")]
public sealed record FreezePeriod(
    string Id,
    string Name,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<string> ServiceIds,
    string? Reason)
{
    public bool Covers(string? serviceId) =>
        ServiceIds.Count == 0 || (serviceId is not null && ServiceIds.Contains(serviceId, StringComparer.Ordinal));
}
