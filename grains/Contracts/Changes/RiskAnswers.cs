namespace ItsmOrleans.Contracts.Changes;

/// <summary>The requester's answers to the risk questionnaire.</summary>
/// <param name="TestedBeforehand">The change was rehearsed outside production.</param>
/// <param name="BackoutTested">The backout plan was rehearsed too.</param>
/// <param name="OutageRequired">The service is unavailable while the change is carried out.</param>
[GenerateSerializer, Immutable, Alias("itsm.RiskAnswers")]
public sealed record RiskAnswers(
    ChangeComplexity Complexity,
    bool TestedBeforehand,
    bool BackoutTested,
    bool OutageRequired,
    UserReach UsersAffected);
