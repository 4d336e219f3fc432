using ItsmOrleans.Contracts.Risks;

namespace ItsmOrleans.Domain.Risks;

/// <summary>
/// A risk's score is impact × likelihood (1–25). Bands: low 1–4, medium 5–9, high 10–16, critical 20–25 (the products
/// of two levels from 1 to 5 skip 17–19). High and critical risks are what a change manager is shown.
/// </summary>
public static class RiskScoring
{
    public static RiskBand Band(int score) => score switch
    {
        < 1 or > 25 => throw new ArgumentOutOfRangeException(nameof(score), score, "A score is between 1 and 25."),
        <= 4 => RiskBand.Low,
        <= 9 => RiskBand.Medium,
        <= 16 => RiskBand.High,
        _ => RiskBand.Critical,
    };

    /// <summary>The lowest score in <paramref name="band"/>.</summary>
    public static int LowestScore(RiskBand band) => band switch
    {
        RiskBand.Low => 1,
        RiskBand.Medium => 5,
        RiskBand.High => 10,
        RiskBand.Critical => 20,
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Not a band."),
    };

    public static RiskBand Band(RiskRating assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Band(assessment.Score);
    }

    /// <summary>The assessment that describes the risk now: the residual one once treatment is assessed, else the inherent one.</summary>
    public static RiskRating? Current(RiskRating? inherent, RiskRating? residual) => residual ?? inherent;

    /// <summary>Whether an open risk with this current assessment counts as high (high or critical band).</summary>
    public static bool IsHigh(RiskRating? current) => current is not null && Band(current) >= RiskBand.High;
}
