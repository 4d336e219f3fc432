namespace ItsmOrleans.Contracts.Common;

/// <summary>The caller may see the record but not do this to it; <see cref="Fields"/> names the fields they may not set, if that is why.</summary>
[GenerateSerializer, Alias("itsm.ForbiddenException")]
public sealed class ForbiddenException : DomainException
{
    public ForbiddenException()
    {
    }

    public ForbiddenException(string message) : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public ForbiddenException(IReadOnlyDictionary<string, string[]> fields)
        : base("You may not set " + string.Join(", ", fields.Keys) + ": " + string.Join(" ", fields.Values.SelectMany(v => v)))
    {
        Fields = fields;
    }

    [Id(0)]
    public IReadOnlyDictionary<string, string[]> Fields { get; init; } = new Dictionary<string, string[]>();
}
