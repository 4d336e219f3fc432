namespace ItsmOrleans.Contracts.Common;

/// <summary>The record does not exist (or the caller may not know that it does).</summary>
[GenerateSerializer, Alias("itsm.NotFoundException")]
public sealed class NotFoundException : DomainException
{
    public NotFoundException()
    {
    }

    public NotFoundException(string message) : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
