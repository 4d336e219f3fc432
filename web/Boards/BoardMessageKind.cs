namespace ItsmOrleans.Web.Boards;

public enum BoardMessageKind
{
    Snapshot = 1,
    Delta = 2,
}
