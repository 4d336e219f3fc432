using ItsmOrleans.Contracts.Notices;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads the active operational notices; web hosts load them with their board.</summary>
public interface INoticeReadModel
{
    Task<IReadOnlyList<BoardNotice>> ListActive(CancellationToken cancellationToken);
}
