namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/changes/{id}/caused-incidents.</summary>
public sealed record LinkIncidentRequest(Guid? IncidentId)
{
    public Guid ToIncidentId()
    {
        if (IncidentId is { } id && id != Guid.Empty)
        {
            return id;
        }

        var errors = new FieldErrors();
        errors.Add("incidentId", "'incidentId' is the id of the incident the change caused.");
        errors.ThrowIfAny();
        return Guid.Empty;
    }
}
