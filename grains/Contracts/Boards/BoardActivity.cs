using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Boards;

/// <summary>One line of a board's activity feed.</summary>
[GenerateSerializer, Immutable, Alias("itsm.BoardActivity")]
public sealed record BoardActivity(DateTimeOffset At, Guid IncidentId, string Number, Priority Priority, ActivityKind Kind, string Text) : ILiveEvent;
