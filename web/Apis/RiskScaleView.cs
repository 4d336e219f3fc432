using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;

namespace ItsmOrleans.Web.Apis;

/// <summary>GET /api/risks/scale: the meaning of each level and the lowest score of each band.</summary>
public sealed record RiskScaleView(IReadOnlyList<RiskLevel> Impact, IReadOnlyList<RiskLevel> Likelihood, IReadOnlyList<RiskBandView> Bands);

/// <summary>A score band and the lowest score in it.</summary>
public sealed record RiskBandView(RiskBand Band, int LowestScore);
