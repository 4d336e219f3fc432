using ItsmOrleans.Contracts.Numbering;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Reads a number's ticket id from the read-model table of its kind, where each number is unique.</summary>
public sealed class SqlTicketNumberLookup(ItsmDatabase database) : ITicketNumberLookup
{
    private static readonly Dictionary<string, string> TableByPrefix = new(StringComparer.Ordinal)
    {
        [TicketNumber.IncidentPrefix] = "incidents",
        [TicketNumber.ServiceRequestPrefix] = "service_requests",
        [TicketNumber.ProblemPrefix] = "problems",
        [TicketNumber.ChangePrefix] = "changes",
        [TicketNumber.MajorIncidentPrefix] = "major_incidents",
        [TicketNumber.RiskPrefix] = "risks",
        [TicketNumber.ContinuityPlanPrefix] = "continuity_plans",
    };

    public async Task<Guid?> IdOf(string number, CancellationToken cancellationToken)
    {
        if (TicketNumber.Normalize(number) is not { } normalized || !TableByPrefix.TryGetValue(normalized[..3], out var table))
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id FROM {table} WHERE number = @number";
        command.WithParameter("number", normalized);
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? Guid.Parse(id) : null;
    }
}
