using ItsmOrleans.Contracts.Licences;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of PUT /api/licences/{id}: the licence's terms.</summary>
public sealed record DefineLicenceRequest(string? Product, string? Vendor, int? Entitlements, DateOnly? Expires = null, string? Notes = null, int? Version = null)
    : IVersionedRequest
{
    /// <summary>The command; the licence grain checks the terms.</summary>
    public DefineLicence ToCommand() => new(Product ?? "", Vendor ?? "", Entitlements ?? -1, Expires, Notes);
}

/// <summary>The body of POST /api/licences/{id}/assignments.</summary>
public sealed record AssignLicenceRequest(string? Assignee, int? Version = null) : IVersionedRequest;
