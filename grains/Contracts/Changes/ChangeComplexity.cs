namespace ItsmOrleans.Contracts.Changes;

/// <summary>The risk questionnaire's answer on how involved the work is.</summary>
public enum ChangeComplexity
{
    Low = 1,
    Medium = 2,
    High = 3,
}
