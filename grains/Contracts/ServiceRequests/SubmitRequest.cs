namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>Requests a catalogue item. Who approves it follows from the item's rule and the requester's account, never from the request.</summary>
/// <param name="Answers">The form's answers by field name.</param>
/// <param name="RequestedFor">Who the request is for; the requester when omitted (agents may request for others).</param>
[GenerateSerializer, Immutable, Alias("itsm.SubmitRequest")]
public sealed record SubmitRequest(string ItemId, IReadOnlyDictionary<string, string> Answers, string? RequestedFor = null);
