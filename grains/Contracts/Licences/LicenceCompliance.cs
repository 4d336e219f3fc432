namespace ItsmOrleans.Contracts.Licences;

/// <summary>Assigned licences compared with the entitlement.</summary>
public enum LicenceCompliance
{
    Under = 1,
    At = 2,
    Over = 3,
}
