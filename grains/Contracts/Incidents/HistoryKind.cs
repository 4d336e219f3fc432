namespace ItsmOrleans.Contracts.Incidents;

/// <summary>What kind of change a history entry records.</summary>
public enum HistoryKind
{
    Created = 1,
    DetailsUpdated = 2,
    Assigned = 3,
    StatusChanged = 4,
    CommentAdded = 5,
    WorkNoteAdded = 6,
    SlaThresholdReached = 7,

    /// <summary>An administrator recomputed the SLA clocks from the history (after a policy or calendar correction).</summary>
    SlaRecomputed = 8,
    LinkedToChange = 20,
    JoinedMajorIncident = 21,
    LeftMajorIncident = 22,
    LinkedToProblem = 23,
    UnlinkedFromProblem = 24,

    /// <summary>Someone who watches the boards (the NOC) acknowledged the page: the escalation stopped, the ticket stays where it was.</summary>
    EscalationAcknowledged = 25,
}
