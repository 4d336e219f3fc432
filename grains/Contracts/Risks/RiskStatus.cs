namespace ItsmOrleans.Contracts.Risks;

/// <summary>Identified → Assessed → Treated or Accepted → Closed; a closed risk can come back.</summary>
public enum RiskStatus
{
    Identified = 1,
    Assessed = 2,
    Treated = 3,
    Accepted = 4,
    Closed = 5,
}
