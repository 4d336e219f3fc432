using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Grains.Risks;

/// <summary>Refuses links to changes, problems and vendor contracts that do not exist, naming each one's field.</summary>
public static class RiskLinkCheck
{
    public static async Task EnsureExist(IGrainFactory grains, Caller caller, RiskLinks? links)
    {
        if (links is null)
        {
            return;
        }

        var errors = new FieldErrors();
        for (var i = 0; i < links.Changes.Count; i++)
        {
            var id = links.Changes[i];
            await Check(errors, $"links.changeIds[{i}]", $"There is no change {id}.", () => grains.GetGrain<IChangeGrain>(id).Get(caller));
        }

        for (var i = 0; i < links.Problems.Count; i++)
        {
            var id = links.Problems[i];
            await Check(errors, $"links.problemIds[{i}]", $"There is no problem {id}.", () => grains.GetGrain<IProblemGrain>(id).Get(caller));
        }

        for (var i = 0; i < links.Contracts.Count; i++)
        {
            var id = links.Contracts[i].Trim();
            await Check(errors, $"links.contractIds[{i}]", $"There is no vendor contract '{id}'.", () => grains.GetGrain<IVendorContractGrain>(id).Get(caller));
        }

        errors.ThrowIfAny();
    }

    private static async Task Check(FieldErrors errors, string field, string message, Func<Task> read)
    {
        try
        {
            await read();
        }
        catch (NotFoundException)
        {
            errors.Add(field, message);
        }
    }
}
