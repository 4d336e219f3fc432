using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Alerts;

/// <summary>
/// The public id of an alert. Its grain key holds the integration's first routing key, which is a credential, so
/// nothing outside the alert grain and the read model shows that key: lists, boards and links use this id instead.
/// </summary>
public static class AlertIds
{
    public static Guid Of(string alertKey) => NameBasedGuid.From($"alert\n{alertKey}");
}
