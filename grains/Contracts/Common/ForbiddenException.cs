namespace ItsmOrleans.Contracts.Common;

/// <summary>The caller may see the record but not do this to it.</summary>
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
}
