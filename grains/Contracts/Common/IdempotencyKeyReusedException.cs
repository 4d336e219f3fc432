namespace ItsmOrleans.Contracts.Common;

/// <summary>An idempotency key was sent again with a different command.</summary>
[GenerateSerializer, Alias("itsm.IdempotencyKeyReusedException")]
public sealed class IdempotencyKeyReusedException : DomainException
{
    public IdempotencyKeyReusedException()
        : base("This idempotency key was already used for a different request.")
    {
    }

    public IdempotencyKeyReusedException(string message) : base(message)
    {
    }

    public IdempotencyKeyReusedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
