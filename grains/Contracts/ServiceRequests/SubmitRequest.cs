namespace ItsmOrleans.Contracts.ServiceRequests;

/// <summary>Requests a catalogue item.</summary>
/// <param name="Answers">The form's answers by field name.</param>
/// <param name="Manager">The requester's manager; required when the item needs the manager's approval.</param>
/// <param name="RequestedFor">Who the request is for; the requester when omitted (agents may request for others).</param>
[GenerateSerializer, Immutable, Alias("itsm.SubmitRequest")]
public sealed record SubmitRequest(string ItemId, IReadOnlyDictionary<string, string> Answers, string? Manager = null, string? RequestedFor = null);
