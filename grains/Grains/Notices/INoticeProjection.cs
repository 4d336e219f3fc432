using ItsmOrleans.Contracts.Notices;

namespace ItsmOrleans.Grains.Notices;

/// <summary>Keeps the notices read model in step (a web host loads the active notices from it); an older notice is ignored.</summary>
public interface INoticeProjection
{
    Task Upsert(BoardNotice notice, CancellationToken cancellationToken);
}
