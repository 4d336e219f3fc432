namespace ItsmOrleans.Contracts.Incidents;

/// <summary>How widely an incident hurts the business.</summary>
public enum Impact
{
    High = 1,
    Medium = 2,
    Low = 3,
}
