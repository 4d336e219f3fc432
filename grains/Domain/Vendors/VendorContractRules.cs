using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Contracts.Vendors;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Vendors;

/// <summary>A vendor contract's status by date, and its field rules.</summary>
public static class VendorContractRules
{
    public const int MaxServices = 200;
    public const int MaxNoticeDays = 366;

    public static VendorContractStatus StatusOn(DateOnly start, DateOnly end, int noticeDays, DateOnly today) =>
        today < start ? VendorContractStatus.NotStarted
        : today > end ? VendorContractStatus.Expired
        : today > end.AddDays(-noticeDays) ? VendorContractStatus.ExpiringSoon
        : VendorContractStatus.Active;

    public static void Validate(string id, DefineVendorContract definition)
    {
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, id);
        errors.Text("vendor", definition.Vendor, TextLimits.Name, required: true);
        errors.Text("name", definition.Name, TextLimits.Title, required: true);
        errors.Text("supportTerms", definition.SupportTerms, TextLimits.Description, required: false);
        if (definition.End < definition.Start)
        {
            errors.Add("end", "'end' is on or after 'start'.");
        }

        if (definition.RenewalNoticeDays is < 0 or > MaxNoticeDays)
        {
            errors.Add("renewalNoticeDays", $"'renewalNoticeDays' is from 0 to {MaxNoticeDays}.");
        }

        if (definition.ServiceIds.Count > MaxServices)
        {
            errors.Add("serviceIds", $"At most {MaxServices} services.");
        }

        foreach (var serviceId in definition.ServiceIds)
        {
            var idErrors = new FieldErrors();
            ServiceRules.ValidateId(idErrors, serviceId);
            if (idErrors.Any)
            {
                errors.Add("serviceIds", $"'{serviceId}' is not a service id.");
            }
        }

        foreach (var (field, target) in new[] { ("responseTarget", definition.ResponseTarget), ("resolutionTarget", definition.ResolutionTarget) })
        {
            if (target is { } value && (value <= TimeSpan.Zero || value > TimeSpan.FromDays(366)))
            {
                errors.Add(field, $"'{field}' is a positive duration of at most 366 days.");
            }
        }

        errors.ThrowIfAny();
    }
}
