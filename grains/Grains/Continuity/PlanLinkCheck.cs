using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Continuity;
using ItsmOrleans.Contracts.References;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Vendors;
using ItsmOrleans.Domain.Continuity;

namespace ItsmOrleans.Grains.Continuity;

/// <summary>Refuses a plan naming services, people or a vendor contract that do not exist, naming each one's field.</summary>
public static class PlanLinkCheck
{
    public static async Task EnsureExist(IGrainFactory grains, Caller caller, PlanContent content)
    {
        await ReferenceCheck.EnsureExist(grains, caller, PlanRules.References(content));
        if (content.Fallback?.VendorContractId is { } contract && !string.IsNullOrWhiteSpace(contract))
        {
            try
            {
                await grains.GetGrain<IVendorContractGrain>(contract.Trim()).Get(caller);
            }
            catch (NotFoundException)
            {
                throw new DomainValidationException("fallback.vendorContractId", $"There is no vendor contract '{contract.Trim()}'.");
            }
        }
    }
}
