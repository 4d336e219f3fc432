using ItsmOrleans.Contracts.Licences;

namespace ItsmOrleans.Grains.Licences;

[GenerateSerializer, Alias("itsm.LicenceState")]
public sealed class LicenceState
{
    [Id(0)] public bool Defined { get; set; }
    [Id(1)] public string Product { get; set; } = "";
    [Id(2)] public string Vendor { get; set; } = "";
    [Id(3)] public int Entitlements { get; set; }
    [Id(4)] public List<LicenceAssignment> Assignments { get; set; } = [];
    [Id(5)] public DateOnly? Expires { get; set; }
    [Id(6)] public string? Notes { get; set; }
    [Id(7)] public int Version { get; set; }

    /// <summary>When the licence went over its entitlement; null while within it.</summary>
    [Id(8)] public DateTimeOffset? OverSince { get; set; }
}
