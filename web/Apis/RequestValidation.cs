namespace ItsmOrleans.Web.Apis;

/// <summary>Runs the domain's field rules at the edge so that one 400 lists every problem of a request at once.</summary>
public static class RequestValidation
{
    public static void ThrowIfInvalid(FieldErrors edgeErrors, Action domainRules)
    {
        try
        {
            domainRules();
        }
        catch (DomainValidationException exception)
        {
            foreach (var (field, messages) in exception.Errors)
            {
                foreach (var message in messages)
                {
                    edgeErrors.Add(field, message);
                }
            }
        }

        edgeErrors.ThrowIfAny();
    }
}
