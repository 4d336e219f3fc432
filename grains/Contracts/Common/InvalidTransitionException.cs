namespace ItsmOrleans.Contracts.Common;

/// <summary>The workflow does not allow moving from the current state to the requested one.</summary>
[GenerateSerializer, Alias("itsm.InvalidTransitionException")]
public sealed class InvalidTransitionException : DomainException
{
    public InvalidTransitionException()
    {
    }

    public InvalidTransitionException(string message) : base(message)
    {
    }

    public InvalidTransitionException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public InvalidTransitionException(string from, string to, IReadOnlyList<string> allowed)
        : base(allowed.Count == 0
            ? $"Cannot move from {from} to {to}: {from} is final."
            : $"Cannot move from {from} to {to}. Allowed from {from}: {string.Join(", ", allowed)}.")
    {
        From = from;
        To = to;
        Allowed = allowed;
    }

    [Id(0)]
    public string From { get; init; } = "";

    [Id(1)]
    public string To { get; init; } = "";

    [Id(2)]
    public IReadOnlyList<string> Allowed { get; init; } = [];
}
