namespace ItsmOrleans.Domain.Changes;

/// <summary>Where a round of CAB votes stands.</summary>
public enum AuthorisationDecision
{
    Pending = 1,
    Authorised = 2,
    Rejected = 3,
}
