namespace ItsmOrleans.Contracts.Common;

/// <summary>A command's fields break the rules; <see cref="Errors"/> names each field and what is wrong with it.</summary>
[GenerateSerializer, Alias("itsm.DomainValidationException")]
public sealed class DomainValidationException : DomainException
{
    public DomainValidationException()
    {
    }

    public DomainValidationException(string message) : base(message)
    {
    }

    public DomainValidationException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("The request has invalid fields: " + string.Join(", ", errors.Keys) + ".")
    {
        Errors = errors;
    }

    public DomainValidationException(string field, string error)
        : this(new Dictionary<string, string[]> { [field] = [error] })
    {
    }

    [Id(0)]
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
}
