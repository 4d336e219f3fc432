namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>How many facts of a group took a given whole number of minutes, and their exact total in seconds.</summary>
public sealed record DurationBucket(string? Group, long Minute, long Count, long TotalSeconds);
