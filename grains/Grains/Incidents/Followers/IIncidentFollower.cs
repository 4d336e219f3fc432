namespace ItsmOrleans.Grains.Incidents.Followers;

/// <summary>
/// Something that follows every incident's changes (its service, its major incident, the live pages, webhooks…).
/// The incident tells each registered follower in turn, without knowing who they are; a new follower is a class and a
/// registration in <c>AddItsmDomain</c>.
/// </summary>
public interface IIncidentFollower
{
    Task OnIncidentChanged(IGrainFactory grains, IncidentChanged change);
}
