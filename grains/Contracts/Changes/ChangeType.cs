namespace ItsmOrleans.Contracts.Changes;

/// <summary>How much scrutiny a change needs before it is carried out.</summary>
public enum ChangeType
{
    /// <summary>Follows a pre-approved template: no assessment and no authorisation.</summary>
    Standard = 1,

    /// <summary>Assessed for risk and authorised by the change advisory board (CAB).</summary>
    Normal = 2,

    /// <summary>Needed now to restore or protect service: one approver, reviewed afterwards.</summary>
    Emergency = 3,
}
