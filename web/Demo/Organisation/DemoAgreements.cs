using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>Vendor contracts, software licences and the monitoring integration, by id.</summary>
/// <param name="Integration">Bound to a service under a routing key generated at seeding (PUT /api/integrations/{routingKey}).</param>
public sealed record DemoAgreements(
    IReadOnlyDictionary<string, DemoVendorContract> VendorContracts,
    IReadOnlyDictionary<string, DemoLicence> Licences,
    IntegrationKeyRequest Integration);
