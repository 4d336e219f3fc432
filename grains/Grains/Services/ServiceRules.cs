using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Grains.Incidents;

namespace ItsmOrleans.Grains.Services;

/// <summary>Field rules of services.</summary>
public static class ServiceRules
{
    public const int MaxIdLength = 64;

    /// <summary>Service ids are short and stable: lower-case letters, digits and dashes (they appear in incidents and URLs).</summary>
    public static void ValidateId(FieldErrors errors, string? id)
    {
        errors.Text("id", id, MaxIdLength, required: true);
        if (id is not null && (id.Length == 0 || id.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) || id.StartsWith('-')))
        {
            errors.Add("id", "A service id has lower-case letters, digits and dashes, e.g. \"email\" or \"crm-db\".");
        }
    }

    public static void Validate(DefineService definition)
    {
        var errors = new FieldErrors();
        errors.Text("name", definition.Name, IncidentLimits.Title, required: true);
        errors.Text("description", definition.Description, IncidentLimits.Description, required: false);
        errors.Text("owner", definition.Owner, IncidentLimits.Name, required: false);
        errors.Text("supportGroup", definition.SupportGroup, IncidentLimits.Name, required: false);
        errors.Text("slaPolicy", definition.SlaPolicyId, IncidentLimits.Name, required: false);
        if (!Enum.IsDefined(definition.Kind))
        {
            errors.Add("kind", "'kind' is business or technical.");
        }

        if (definition.Criticality is < 1 or > 4)
        {
            errors.Add("criticality", "'criticality' is a tier from 1 (most critical) to 4.");
        }

        errors.ThrowIfAny();
    }
}
