namespace ItsmOrleans.Contracts.Changes;

/// <summary>The risk questionnaire's answer on how many users notice the change if it goes wrong.</summary>
public enum UserReach
{
    None = 1,
    Some = 2,
    Many = 3,
    All = 4,
}
