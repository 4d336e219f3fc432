using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Risks;

/// <summary>A risk as GET /api/risks/{id} returns it, and as the register page follows it live (SubscribeRisks).</summary>
[GenerateSerializer, Immutable, Alias("itsm.RiskView")]
public sealed record RiskView(
    Guid Id,
    string Number,
    string Title,
    string Description,
    string? Cause,
    RiskCategory Category,
    RiskStatus Status,
    string Owner,
    RiskLinks Links,
    RiskRating? Inherent,
    RiskBand? InherentBand,
    RiskRating? Residual,
    RiskBand? ResidualBand,
    RiskTreatment? Treatment,
    IReadOnlyList<string> Controls,
    IReadOnlyList<RiskAction> Actions,
    IReadOnlyList<Alternative> Alternatives,
    DateOnly? ReviewBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<RiskStatus> AllowedTransitions) : ILiveRecord
{
    string ILiveRecord.LiveKey => Id.ToString("N");

    // Only commands change what a risk shows, and each moves its version.
    long ILiveRecord.Revision => Version;
}
