using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>What people can request (PUT /api/catalog/{id}) and the pre-approved standard changes (PUT /api/change-catalog/templates/{id}).</summary>
public sealed record DemoCatalogue(
    IReadOnlyDictionary<string, CatalogItemRequest> Items,
    IReadOnlyDictionary<string, ChangeTemplateRequest> ChangeTemplates);
