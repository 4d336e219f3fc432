namespace ItsmOrleans.Web.Boards;

/// <summary>What a board shows: everything, one service, or one assignment group.</summary>
public enum BoardScopeKind
{
    All = 1,
    Service = 2,
    Group = 3,
}
