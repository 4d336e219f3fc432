using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Grains.Alerts;

/// <summary>One integration key and the service its events concern.</summary>
public sealed class IntegrationKeyGrain(
    [PersistentState(IntegrationKeyGrain.StateName, ItsmStorage.Name)] IPersistentState<IntegrationKeyState> store) : Grain, IIntegrationKeyGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "integration-key";

    public async Task<IntegrationKeyView> Define(CommandContext context, string name, string serviceId)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only administrators keep integration keys.");
        }

        var errors = new FieldErrors();
        if (!AlertRules.IsRoutingKey(this.GetPrimaryKeyString()))
        {
            errors.Add("routingKey", "A routing key has 20 to 64 letters, digits, '-' or '_'.");
        }

        errors.Text("name", name, IncidentLimits.Name, required: true);
        errors.Text("serviceId", serviceId, IncidentLimits.Name, required: true);
        errors.ThrowIfAny();
        if (!await GrainFactory.GetGrain<IServiceCatalogGrain>(0).Contains(serviceId.Trim()))
        {
            throw new DomainValidationException("serviceId", $"There is no service '{serviceId}'.");
        }

        (store.State.Name, store.State.ServiceId) = (name.Trim(), serviceId.Trim());
        await store.WriteStateAsync();
        return View()!;
    }

    public Task<IntegrationKeyView?> Get() => Task.FromResult(View());

    private IntegrationKeyView? View() => store.State.ToView(this.GetPrimaryKeyString());
}
