using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Licences;

/// <summary>Licence compliance and field rules.</summary>
public static class LicenceRules
{
    public const int MaxEntitlements = 1_000_000;
    public const int MaxAssignments = 100_000;

    public static LicenceCompliance ComplianceOf(int entitlements, int used) =>
        used > entitlements ? LicenceCompliance.Over : used == entitlements ? LicenceCompliance.At : LicenceCompliance.Under;

    public static void Validate(string id, DefineLicence definition)
    {
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, id);
        errors.Text("product", definition.Product, TextLimits.Title, required: true);
        errors.Text("vendor", definition.Vendor, TextLimits.Name, required: true);
        errors.Text("notes", definition.Notes, TextLimits.Note, required: false);
        if (definition.Entitlements is < 0 or > MaxEntitlements)
        {
            errors.Add("entitlements", $"'entitlements' is a number of seats from 0 to {MaxEntitlements}.");
        }

        errors.ThrowIfAny();
    }

    public static void ValidateAssignee(string? assignee)
    {
        var errors = new FieldErrors();
        errors.Text("assignee", assignee, TextLimits.Name, required: true);
        errors.ThrowIfAny();
    }
}
