using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Escalations;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Domain.Escalations;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Escalations;

/// <summary>One escalation policy: its levels, repeats and the lowest priority it escalates. Versioned; admins keep it.</summary>
public sealed class EscalationPolicyGrain(
    [PersistentState(EscalationPolicyGrain.StateName, ItsmStorage.Name)] IPersistentState<EscalationPolicyState> store,
    IOptions<EscalationOptions> options) : Grain, IEscalationPolicyGrain
{
    /// <summary>The name its state is stored under; the export reads the rows of this name.</summary>
    public const string StateName = "escalation-policy";

    private string Id => this.GetPrimaryKeyString();

    public async Task<EscalationPolicyView> Define(CommandContext context, DefineEscalationPolicy definition)
    {
        if (!context.Caller.Is(Role.Admin))
        {
            throw new ForbiddenException("Only administrators keep escalation policies.");
        }

        EscalationRules.Validate(Id, definition, options.Value.MinimumDelay);
        if (context.ExpectedVersion is { } expected && expected != store.State.Version)
        {
            throw new VersionConflictException(expected, store.State.Version);
        }

        store.State.Definition = definition with { Name = definition.Name.Trim() };
        store.State.Version++;
        await store.WriteStateAsync();
        await GrainFactory.GetGrain<IOnCallDirectoryGrain>(0).RegisterPolicy(Id, store.State.Definition.Name);
        return View()!;
    }

    public Task<EscalationPolicyView?> Get() => Task.FromResult(View());

    private EscalationPolicyView? View() => store.State.ToView(Id);
}
