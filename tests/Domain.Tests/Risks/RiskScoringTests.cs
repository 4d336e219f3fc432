using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Risks;

namespace ItsmOrleans.Domain.Tests.Risks;

public class RiskScoringTests
{
    [Theory]
    [InlineData(1, 1, 1, RiskBand.Low)]
    [InlineData(2, 2, 4, RiskBand.Low)]
    [InlineData(1, 5, 5, RiskBand.Medium)]
    [InlineData(3, 3, 9, RiskBand.Medium)]
    [InlineData(2, 5, 10, RiskBand.High)]
    [InlineData(4, 4, 16, RiskBand.High)]
    [InlineData(4, 5, 20, RiskBand.Critical)]
    [InlineData(5, 5, 25, RiskBand.Critical)]
    public void A_score_is_impact_times_likelihood_and_falls_in_its_band(int impact, int likelihood, int score, RiskBand band)
    {
        var assessment = new RiskRating(impact, likelihood);

        Assert.Equal(score, assessment.Score);
        Assert.Equal(band, RiskScoring.Band(assessment));
    }

    [Fact]
    public void Every_cell_of_the_five_by_five_grid_has_a_band_and_bands_never_fall_as_either_level_rises()
    {
        for (var impact = 1; impact <= 5; impact++)
        {
            for (var likelihood = 1; likelihood <= 5; likelihood++)
            {
                var band = RiskScoring.Band(new RiskRating(impact, likelihood));
                if (impact < 5)
                {
                    Assert.True(RiskScoring.Band(new RiskRating(impact + 1, likelihood)) >= band);
                }

                if (likelihood < 5)
                {
                    Assert.True(RiskScoring.Band(new RiskRating(impact, likelihood + 1)) >= band);
                }
            }
        }
    }

    [Fact]
    public void A_risk_is_judged_by_its_residual_score_once_treatment_is_assessed()
    {
        var inherent = new RiskRating(5, 4);
        var residual = new RiskRating(3, 2);

        Assert.True(RiskScoring.IsHigh(RiskScoring.Current(inherent, null)));
        Assert.False(RiskScoring.IsHigh(RiskScoring.Current(inherent, residual)));
        Assert.False(RiskScoring.IsHigh(RiskScoring.Current(null, null)));
    }

    [Fact]
    public void Both_scales_describe_five_levels_in_order()
    {
        Assert.Equal([1, 2, 3, 4, 5], RiskScale.Impact.Select(l => l.Level));
        Assert.Equal([1, 2, 3, 4, 5], RiskScale.Likelihood.Select(l => l.Level));
        Assert.All(RiskScale.Impact.Concat(RiskScale.Likelihood), l => Assert.False(string.IsNullOrWhiteSpace(l.Meaning)));
    }
}
