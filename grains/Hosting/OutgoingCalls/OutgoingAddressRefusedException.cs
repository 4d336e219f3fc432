namespace ItsmOrleans.Hosting.OutgoingCalls;

/// <summary>An outgoing call was not connected: every address its host resolves to is refused by the policy.</summary>
public sealed class OutgoingAddressRefusedException : Exception
{
    public OutgoingAddressRefusedException()
    {
    }

    public OutgoingAddressRefusedException(string message) : base(message)
    {
    }

    public OutgoingAddressRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
