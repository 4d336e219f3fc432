namespace ItsmOrleans.Contracts.Boards;

/// <summary>Implemented by each web host to receive board changes for its SignalR connections.</summary>
public interface IBoardObserver : IGrainObserver
{
    Task OnBoardBatch(BoardBatch batch);
}
