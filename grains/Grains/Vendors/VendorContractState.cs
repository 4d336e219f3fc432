using ItsmOrleans.Contracts.Vendors;

namespace ItsmOrleans.Grains.Vendors;

[GenerateSerializer, Alias("itsm.VendorContractState")]
public sealed class VendorContractState
{
    [Id(0)] public DefineVendorContract? Terms { get; set; }
    [Id(1)] public int Version { get; set; }

    /// <summary>The status the boards were last told about.</summary>
    [Id(2)] public VendorContractStatus? Announced { get; set; }
    [Id(3)] public long NoticeRevision { get; set; }
}
