using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Boards;

/// <summary>The slice of incidents a board subscribes to.</summary>
public sealed record BoardScope(BoardScopeKind Kind, string? Value = null)
{
    public const int MaxValueLength = 100;

    public static BoardScope All { get; } = new(BoardScopeKind.All);

    public bool Includes(IncidentSummary row) => Kind switch
    {
        BoardScopeKind.All => true,
        BoardScopeKind.Service => string.Equals(row.ServiceId, Value, StringComparison.OrdinalIgnoreCase),
        BoardScopeKind.Group => string.Equals(row.AssignmentGroup, Value, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Why this scope cannot be served, or null when it can.</summary>
    public string? Problem() => Kind switch
    {
        BoardScopeKind.All => Value is null ? null : "The 'all' scope takes no value.",
        BoardScopeKind.Service or BoardScopeKind.Group when string.IsNullOrWhiteSpace(Value) => $"A '{Kind}' scope needs a value.",
        BoardScopeKind.Service or BoardScopeKind.Group when Value!.Length > MaxValueLength => $"A scope value is at most {MaxValueLength} characters.",
        BoardScopeKind.Service or BoardScopeKind.Group => null,
        _ => "Unknown scope kind; use all, service or group.",
    };
}
