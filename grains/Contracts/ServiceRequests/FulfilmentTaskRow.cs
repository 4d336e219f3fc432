namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>An open fulfilment task as the fulfilment queue shows it, with the request it belongs to.</summary>
[GenerateSerializer, Immutable, Alias("itsm.FulfilmentTaskRow")]
public sealed record FulfilmentTaskRow(
    Guid RequestId,
    string RequestNumber,
    string ItemName,
    string RequestedFor,
    DateTimeOffset? FulfilmentDueAt,
    FulfilmentTask Task);
