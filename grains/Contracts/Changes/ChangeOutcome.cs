namespace ItsmOrleans.Contracts.Changes;

/// <summary>How the implementation went; failed and backed-out changes raise the risk of later changes on the same service.</summary>
public enum ChangeOutcome
{
    Successful = 1,
    SuccessfulWithIssues = 2,
    Failed = 3,
    BackedOut = 4,
}
