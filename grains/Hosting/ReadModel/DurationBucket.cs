namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>How many facts of a group took a given whole number of seconds.</summary>
public sealed record DurationBucket(string? Group, long Seconds, long Count);
