namespace ItsmOrleans.Contracts.Boards;

/// <summary>
/// A stateless worker local to each silo that coalesces changes per incident and pushes them to every web host a few times a second.
/// Always address it with key 0.
/// </summary>
public interface IBoardPublisherGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task Publish(BoardChange change);

    /// <summary>A service's health or definition changed.</summary>
    [OneWay]
    Task PublishService(Services.ServiceSummary service);

    /// <summary>A change request changed (its status, window, risk or conflicts).</summary>
    [OneWay]
    Task PublishChange(Changes.ChangeSummary change);

    /// <summary>A major incident changed (status, commander, children, update due).</summary>
    [OneWay]
    Task PublishMajorIncident(MajorIncidents.MajorIncidentSummary majorIncident);

    /// <summary>An operational notice was raised or settled.</summary>
    [OneWay]
    Task PublishNotice(Notices.BoardNotice notice);

    /// <summary>An alert opened, repeated, was acknowledged, resolved or started or stopped flapping.</summary>
    [OneWay]
    Task PublishAlert(Alerts.AlertSummary alert);

    /// <summary>A service request changed (its status, tasks or due time); the requester's live list hears of it.</summary>
    [OneWay]
    Task PublishServiceRequest(ServiceRequests.ServiceRequestSummary request);

    [OneWay]
    Task PublishPresence(Tickets.TicketPresence presence);

    [OneWay]
    Task PublishMention(Tickets.Mention mention);
}
