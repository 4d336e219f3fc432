using ItsmOrleans.Contracts.LiveFeeds;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Grains.Projections;
using Microsoft.Extensions.Logging;

namespace ItsmOrleans.Grains.MajorIncidents;

/// <summary>
/// How a saved major incident reaches its list row (see <see cref="ProjectionRetry"/> for what happens when it cannot),
/// then every board's banner.
/// </summary>
/// <param name="logger">The grain's: a retry is logged where it always was, under the major incident grain.</param>
public sealed class MajorIncidentPublisher(
    IMajorIncidentProjection rows,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<MajorIncidentGrain> logger)
{
    public async Task Publish(Guid id, MajorIncidentState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var row = Row(id, state);
        await ProjectionRetry.Run(() => rows.Upsert(row, CancellationToken.None), time, logger, state.Number);
        await grains.Publish(row);
    }

    private static MajorIncidentSummary Row(Guid id, MajorIncidentState s)
    {
        var primary = s.Children.Find(c => c.Id == s.PrimaryIncidentId)?.Number ?? "";
        return new MajorIncidentSummary(
            id, s.Number, s.Title, s.Status, s.Commander, primary, s.Children.Count, s.PromotedAt,
            s.Status == MajorIncidentStatus.Active ? s.NextUpdateDue : null, s.UpdateDue, s.UpdatedAt, s.Version, s.Revision);
    }
}
