namespace ItsmOrleans.Contracts.Services;

/// <summary>Whether a service is offered to the business or supports other services.</summary>
public enum ServiceKind
{
    Business = 1,
    Technical = 2,
}
