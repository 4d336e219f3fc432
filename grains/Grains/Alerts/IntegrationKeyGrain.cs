using ItsmOrleans.Contracts.Alerts;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Alerts;

namespace ItsmOrleans.Grains.Alerts;

/// <summary>One integration key, the service its events concern, and, once rotated, the key that replaced it.</summary>
public sealed class IntegrationKeyGrain(
    [PersistentState(IntegrationKeyGrain.StateName, ItsmStorage.Name)] IPersistentState<IntegrationKeyState> store,
    TimeProvider time) : Grain, IIntegrationKeyGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "integration-key";

    /// <summary>How long a rotated key may keep working at most.</summary>
    public static readonly TimeSpan MaxOverlap = TimeSpan.FromDays(30);

    private string RoutingKey => this.GetPrimaryKeyString();

    public async Task<IntegrationKeyView> Define(CommandContext context, string name, string serviceId)
    {
        EnsureAdmin(context);
        var errors = new FieldErrors();
        if (!AlertRules.IsRoutingKey(RoutingKey))
        {
            errors.Add("routingKey", "A routing key has 20 to 64 letters, digits, '-' or '_'.");
        }

        errors.Text("name", name, TextLimits.Name, required: true);
        errors.Text("serviceId", serviceId, TextLimits.Name, required: true);
        errors.ThrowIfAny();
        if (store.State.ReplacedBy is not null)
        {
            throw new VersionConflictException($"This key was rotated; change the integration through its current key {store.State.ReplacedBy}.");
        }

        await EnsureServiceExists(serviceId.Trim());
        (store.State.Name, store.State.ServiceId) = (name.Trim(), serviceId.Trim());
        await store.WriteStateAsync();
        return View()!;
    }

    public async Task<IntegrationKeyRotation> Rotate(CommandContext context, TimeSpan overlap)
    {
        EnsureAdmin(context);
        if (overlap < TimeSpan.Zero || overlap > MaxOverlap)
        {
            throw new DomainValidationException("overlap", $"The overlap is from 0 to {MaxOverlap.TotalDays:0} days.");
        }

        var current = View() ?? throw new NotFoundException($"There is no integration key '{RoutingKey}'.");
        if (current.ReplacedBy is { } replacement)
        {
            // The same rotation asked again (a retry): it already happened, so give its outcome rather than rotate twice.
            var continued = await GrainFactory.GetGrain<IIntegrationKeyGrain>(replacement).Continue(current.IntegrationId, current.Name, current.ServiceId);
            if (continued.ReplacedBy is not null)
            {
                throw new VersionConflictException("This key was rotated already; rotate its current key instead.");
            }

            return new IntegrationKeyRotation(continued, current);
        }

        // Recorded before the new key exists, so that a failure part-way is finished by the retry with the same new key.
        (store.State.IntegrationId, store.State.ReplacedBy, store.State.RetiresAt) =
            (current.IntegrationId, Contracts.Alerts.RoutingKey.New(), time.GetUtcNow() + overlap);
        await store.WriteStateAsync();
        var next = await GrainFactory.GetGrain<IIntegrationKeyGrain>(store.State.ReplacedBy).Continue(current.IntegrationId, current.Name, current.ServiceId);
        return new IntegrationKeyRotation(next, View()!);
    }

    public async Task<IntegrationKeyView> Continue(string integrationId, string name, string serviceId)
    {
        if (store.State.ServiceId.Length == 0)
        {
            (store.State.IntegrationId, store.State.Name, store.State.ServiceId) = (integrationId, name, serviceId);
            await store.WriteStateAsync();
        }
        else if (store.State.IntegrationId != integrationId)
        {
            throw new InvalidOperationException($"Key {RoutingKey} belongs to another integration.");
        }

        return View()!;
    }

    public Task<IntegrationKeyView?> Get() => Task.FromResult(View());

    private static void EnsureAdmin(CommandContext context)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only administrators keep integration keys.");
        }
    }

    private async Task EnsureServiceExists(string serviceId)
    {
        if (!await GrainFactory.GetGrain<IServiceCatalogGrain>(0).Contains(serviceId))
        {
            throw new DomainValidationException("serviceId", $"There is no service '{serviceId}'.");
        }
    }

    private IntegrationKeyView? View() => store.State.ToView(RoutingKey);
}
