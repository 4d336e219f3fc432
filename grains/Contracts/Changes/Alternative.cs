namespace ItsmOrleans.Contracts.Changes;

/// <summary>Another way the goal could have been reached, and why it was not chosen.</summary>
[GenerateSerializer, Immutable, Alias("itsm.ChangeAlternative")]
public sealed record Alternative(string Description, string WhyRejected);
