namespace ItsmOrleans.Contracts.Risks;

/// <summary>How bad it would be (impact) and how likely it is (likelihood), each 1 to 5 (see GET /api/risks/scale).</summary>
[GenerateSerializer, Immutable, Alias("itsm.RiskRating")]
public sealed record RiskRating(int Impact, int Likelihood)
{
    public int Score => Impact * Likelihood;
}
