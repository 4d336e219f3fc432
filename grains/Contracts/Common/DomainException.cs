namespace ItsmOrleans.Contracts.Common;

/// <summary>Base type of the business errors grains raise; the API maps each kind once to a problem response.</summary>
[GenerateSerializer, Alias("itsm.DomainException")]
public abstract class DomainException : Exception
{
    protected DomainException()
    {
    }

    protected DomainException(string message) : base(message)
    {
    }

    protected DomainException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
