namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>One fulfilment task of a request.</summary>
[GenerateSerializer, Immutable, Alias("itsm.FulfilmentTask")]
public sealed record FulfilmentTask(int Number, string Title, string AssignmentGroup, string? Assignee, bool Done, string? DoneBy, DateTimeOffset? DoneAt, string? Notes);
