namespace ItsmOrleans.Contracts.Incidents;

/// <summary>How quickly the business needs the incident resolved.</summary>
public enum Urgency
{
    High = 1,
    Medium = 2,
    Low = 3,
}
