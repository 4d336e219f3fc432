namespace ItsmOrleans.Contracts.References;

/// <summary>What a name in a command refers to.</summary>
public enum ReferenceKind
{
    /// <summary>A service of the portfolio, by id.</summary>
    Service,

    /// <summary>An assignment group (see <see cref="Contracts.Groups.IGroupDirectoryGrain"/> for when one exists).</summary>
    Group,

    /// <summary>Someone who can act: a local account, an API key's caller, an identity-provider user or the hub itself.</summary>
    Person,
}
