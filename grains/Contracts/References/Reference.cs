namespace ItsmOrleans.Contracts.References;

/// <summary>A name a command gives that must refer to something that exists, and the field it came in; a blank name refers to nothing.</summary>
public sealed record Reference(string Field, ReferenceKind Kind, string? Name)
{
    public static Reference Service(string field, string? id) => new(field, ReferenceKind.Service, id);

    public static Reference Group(string field, string? name) => new(field, ReferenceKind.Group, name);

    public static Reference Person(string field, string? name) => new(field, ReferenceKind.Person, name);
}
