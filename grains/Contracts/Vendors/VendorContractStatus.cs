namespace ItsmOrleans.Contracts.Vendors;

/// <summary>Where a vendor contract stands on a given day.</summary>
public enum VendorContractStatus
{
    NotStarted = 1,
    Active = 2,

    /// <summary>Within its renewal notice period: renew or replace it now.</summary>
    ExpiringSoon = 3,
    Expired = 4,
}
