namespace ItsmOrleans.Grains.Groups;

/// <summary>The support group of each service, as the services read model knows them (read without waking any service grain).</summary>
public interface ISupportGroupSource
{
    Task<IReadOnlyList<(string ServiceId, string SupportGroup)>> SupportGroups(CancellationToken cancellationToken);
}
