using System.Text.Json;

namespace ItsmOrleans.Contracts.Naming;

/// <summary>The API spelling of an enum value: camelCase, as in JSON. Messages and history name values this way.</summary>
public static class WireName
{
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
    }
}
