namespace ItsmOrleans.Contracts.Risks;

/// <summary>Where a risk comes from, for filters and the register's grouping.</summary>
public enum RiskCategory
{
    Operational = 1,
    Supplier = 2,
    Security = 3,
    Capacity = 4,
    Compliance = 5,
    Financial = 6,
    Technology = 7,
}
