namespace ItsmOrleans.Contracts.Risks;

/// <summary>
/// Which risks a register list shows: by status (open means not closed), category, owner, a service they touch, a
/// lowest band of their current score, and those past their review date as of <see cref="ReviewOverdueOn"/>; a page
/// of <see cref="Limit"/> after the risk numbered <see cref="After"/>.
/// </summary>
public sealed record RiskQuery(
    RiskStatus? Status = null,
    bool OpenOnly = false,
    RiskCategory? Category = null,
    string? Owner = null,
    string? ServiceId = null,
    RiskBand? AtLeast = null,
    DateOnly? ReviewOverdueOn = null,
    string? After = null,
    int Limit = 100);
