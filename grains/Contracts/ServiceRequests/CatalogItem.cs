namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>Something people can request ("New laptop", "VPN access"): its form, approval rule and fulfilment tasks.</summary>
/// <param name="Tasks">The fulfilment tasks created once the request is approved, in order.</param>
/// <param name="FulfilmentGroup">The group that carries out the tasks.</param>
/// <param name="Version">Grows with every change to the item; the catalogue sets it, 0 before the item exists.</param>
[GenerateSerializer, Immutable, Alias("itsm.CatalogItem")]
public sealed record CatalogItem(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<FormField> Fields,
    ApprovalRule Approval,
    IReadOnlyList<string> Tasks,
    string FulfilmentGroup,
    int Version = 0);
