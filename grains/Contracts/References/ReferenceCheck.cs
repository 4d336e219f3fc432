using ItsmOrleans.Contracts.Accounts;
using ItsmOrleans.Contracts.Groups;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Contracts.References;

/// <summary>
/// Checks that the services, assignment groups and people a command names exist, and refuses it naming every field
/// that names something unknown. The grains check their commands with it; the CSV import checks rows with it before
/// a dry run reports them.
/// </summary>
public static class ReferenceCheck
{
    /// <exception cref="Contracts.Common.DomainValidationException">Some reference names something that does not exist.</exception>
    public static async Task EnsureExist(IGrainFactory grains, Caller caller, IEnumerable<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(references);
        var errors = new FieldErrors();
        foreach (var (field, kind, name) in references)
        {
            if (!string.IsNullOrWhiteSpace(name) && !await Exists(grains, caller, kind, name.Trim()))
            {
                errors.Add(field, Unknown(kind, name.Trim()));
            }
        }

        errors.ThrowIfAny();
    }

    private static async Task<bool> Exists(IGrainFactory grains, Caller caller, ReferenceKind kind, string name) => kind switch
    {
        ReferenceKind.Service => await grains.GetGrain<IServiceCatalogGrain>(0).Contains(name),
        ReferenceKind.Group => await grains.GetGrain<IGroupDirectoryGrain>(0).Exists(name),
        _ when PersonNames.NeedNoLookup(name, caller) => true,
        _ when PersonNames.ApiKeyName(name) is { } keyName => await grains.GetGrain<IAccountDirectoryGrain>(0).HasApiKeyNamed(keyName),
        _ => await grains.GetGrain<IUserAccountGrain>(UserAccountKey.Of(name)).Find() is not null,
    };

    private static string Unknown(ReferenceKind kind, string name) => kind switch
    {
        ReferenceKind.Service => $"There is no service '{name}'.",
        ReferenceKind.Group => $"There is no assignment group '{name}': a group exists while an account or API key is in it or a service names it as its support group.",
        _ => $"There is no user '{name}'.",
    };
}
