using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Webhooks;
using ItsmOrleans.Domain.Webhooks;

namespace ItsmOrleans.Grains.Incidents.Followers;

/// <summary>Outgoing webhooks hear of what happened (a change that is not news sends nothing).</summary>
public sealed class WebhookFollower : IIncidentFollower
{
    public async Task OnIncidentChanged(IGrainFactory grains, IncidentChanged change)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Line is not { } line)
        {
            return;
        }

        var row = change.Row;
        await grains.GetGrain<IWebhookDirectoryGrain>(0).Dispatch(new WebhookEvent(
            Guid.NewGuid(), WebhookEvents.TypeOf(line.Kind), line.At, row.Id, row.Number, row.Title, row.Priority.ToString(),
            WireName.Of(row.Status), row.AssignmentGroup, row.Assignee, line.Text));
    }
}
