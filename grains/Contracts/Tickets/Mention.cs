using ItsmOrleans.Contracts.LiveFeeds;

namespace ItsmOrleans.Contracts.Tickets;

/// <summary>Someone named a person (@name) in a work note; the person hears of it in every tab they have open.</summary>
[GenerateSerializer, Immutable, Alias("itsm.Mention")]
public sealed record Mention(Guid Id, string User, Guid IncidentId, string Number, string Title, string By, string Text, DateTimeOffset At) : ILiveEvent;
