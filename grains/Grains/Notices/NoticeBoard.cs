using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.Notices;

namespace ItsmOrleans.Grains.Notices;

/// <summary>How a grain raises or settles a notice: into the read model first, then onto every board.</summary>
public static class NoticeBoard
{
    public static async Task Post(IGrainFactory grains, INoticeProjection projection, BoardNotice notice)
    {
        await projection.Upsert(notice, CancellationToken.None);
        await grains.Publish(notice);
    }
}
