namespace ItsmOrleans.Domain.Incidents;

/// <summary>The facts about an incident that decide who may see and work it.</summary>
public interface IIncidentParties
{
    bool Created { get; }

    string Number { get; }

    string Requester { get; }

    string? AssignmentGroup { get; }

    string? Assignee { get; }
}
