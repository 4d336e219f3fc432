namespace ItsmOrleans.Contracts.Changes;

/// <summary>What kind of event a change's history entry records.</summary>
public enum ChangeHistoryKind
{
    Created = 1,
    DetailsUpdated = 2,
    StatusChanged = 3,
    Voted = 4,
    Authorised = 5,
    Rejected = 6,
    ConflictsChanged = 7,
    ConflictsOverridden = 8,
    IncidentLinked = 9,
    RiskAssessed = 10,
}
