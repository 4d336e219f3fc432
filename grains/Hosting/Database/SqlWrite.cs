namespace ItsmOrleans.Hosting.Database;

/// <summary>One statement that changes rows, with its named parameters, ready to be committed with others.</summary>
public sealed record SqlWrite(string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters)
{
    public static SqlWrite Of(string sql, params (string Name, object? Value)[] parameters) =>
        new(sql, [.. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))]);
}
