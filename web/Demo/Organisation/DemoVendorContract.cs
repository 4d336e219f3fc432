using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>A vendor contract: its terms as PUT /api/vendor-contracts/{id} takes them, its dates counted in days from the day of seeding.</summary>
/// <param name="FirstDay">The first day it covers; negative is in the past.</param>
/// <param name="LastDay">The last day it covers.</param>
public sealed record DemoVendorContract(VendorContractRequest Terms, int FirstDay, int LastDay);
