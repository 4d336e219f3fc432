namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Finds a ticket by the number people quote (INC0000007, REQ…, PRB…, CHG…, MIM…) in the read model of its kind.</summary>
public interface ITicketNumberLookup
{
    /// <returns>The ticket's id, or null when no ticket has that number.</returns>
    Task<Guid?> IdOf(string number, CancellationToken cancellationToken);
}
