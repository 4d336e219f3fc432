namespace ItsmOrleans.Web.Apis;

/// <summary>
/// Reading a ticket by the number people quote: GET /api/incidents/INC0000007 answers exactly as GET /api/incidents/{id}
/// does (the same view, ETag and access rules), with no redirect that would hand out the id.
/// </summary>
public static class TicketNumberRoutes
{
    /// <summary>The route of the numbers of one kind: its prefix and digits, in any letter case ("INC0000007", "inc7").</summary>
    public static string For(string prefix) => $"/{{number:regex(^{prefix}[0-9]+$)}}";

    /// <summary>The ticket with <paramref name="number"/> as <paramref name="read"/> answers for its id.</summary>
    /// <exception cref="NotFoundException">No ticket has the number, or the caller may not see it; the answer names the number either way.</exception>
    public static async Task<T> Read<T>(ITicketNumberLookup numbers, string number, string kind, Func<Guid, Task<T>> read, CancellationToken cancellationToken)
    {
        var notFound = new NotFoundException($"There is no {kind} {number.ToUpperInvariant()}.");
        var id = await numbers.IdOf(number, cancellationToken) ?? throw notFound;
        try
        {
            return await read(id);
        }
        catch (NotFoundException)
        {
            // Someone else's ticket answers as one that does not exist, without its id.
            throw notFound;
        }
    }
}
