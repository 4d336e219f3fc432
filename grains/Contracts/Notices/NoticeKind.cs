namespace ItsmOrleans.Contracts.Notices;

/// <summary>What an operational notice on the boards is about.</summary>
public enum NoticeKind
{
    /// <summary>More licences are assigned than entitled.</summary>
    LicenceOverused = 1,

    /// <summary>A vendor contract is within its renewal notice period.</summary>
    ContractExpiring = 2,

    /// <summary>A vendor contract has ended while services still rely on it.</summary>
    ContractExpired = 3,

    /// <summary>An open risk is past the date by which it was to be reviewed.</summary>
    RiskReviewOverdue = 4,

    /// <summary>A continuity plan is invoked: how much of its recovery time objective is gone.</summary>
    ContinuityPlanInvoked = 5,
}
