namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PUT /api/licences/{id}: the licence's terms.</summary>
public sealed record DefineLicenceRequest(string? Product, string? Vendor, int? Entitlements, DateOnly? Expires = null, string? Notes = null, int? Version = null)
    : IVersionedRequest;

/// <summary>The body of POST /api/licences/{id}/assignments.</summary>
public sealed record AssignLicenceRequest(string? Assignee, int? Version = null) : IVersionedRequest;
