using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Changes;

/// <summary>
/// Standard-change templates and change freezes, kept by change managers. Small and read on every scheduling decision,
/// so one grain holds them all. Always address it with key 0.
/// </summary>
public interface IChangeCatalogGrain : IGrainWithIntegerKey
{
    Task<ChangeCatalogView> Get();

    /// <summary>Adds or replaces a template; a stale <see cref="CommandContext.ExpectedVersion"/> is refused.</summary>
    Task<ChangeCatalogView> DefineTemplate(CommandContext context, ChangeTemplate template);

    Task<ChangeCatalogView> RemoveTemplate(CommandContext context, string templateId);

    /// <summary>Adds or replaces a freeze; a stale <see cref="CommandContext.ExpectedVersion"/> is refused.</summary>
    Task<ChangeCatalogView> DefineFreeze(CommandContext context, FreezePeriod freeze);

    Task<ChangeCatalogView> RemoveFreeze(CommandContext context, string freezeId);
}
