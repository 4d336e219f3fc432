using System.Collections.Concurrent;
using System.Text.Json;

namespace ItsmOrleans.Contracts.LiveFeeds;

/// <summary>The name of a live kind: its type's name in camel case, without "Summary" (IncidentSummary is "incident").</summary>
public static class LiveKinds
{
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public static string Of<T>() => Of(typeof(T));

    public static string Of(Type type) =>
        Names.GetOrAdd(type, static t => JsonNamingPolicy.CamelCase.ConvertName(
            t.Name.EndsWith("Summary", StringComparison.Ordinal) ? t.Name[..^"Summary".Length] : t.Name));
}
