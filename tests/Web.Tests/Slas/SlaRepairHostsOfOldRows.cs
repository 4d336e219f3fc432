using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Web.Tests.Slas;

/// <summary>
/// Incidents raised under a mistaken policy whose list rows, like those written before the list kept a policy, do not
/// say which policy they are under; then the host restarted with the corrected policy.
/// </summary>
public sealed class SlaRepairHostsOfOldRows : SlaRepairHosts
{
    /// <summary>Under <see cref="CorrectableSlaWebApp.Policy"/>; its row does not say so.</summary>
    public IncidentView Unlisted => First;

    /// <summary>Under <see cref="CorrectableSlaWebApp.Policy"/>; its row says so.</summary>
    public IncidentView Listed => Second;

    /// <summary>Under <see cref="CorrectableSlaWebApp.OtherPolicy"/>; its row does not say so.</summary>
    public IncidentView Other => Third;

    protected override async Task BeforeRestart(string dataFolder)
    {
        await using var database = new ItsmDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = dataFolder });
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE incidents SET sla_policy_id = NULL WHERE id IN (@unlisted, @other)";
        foreach (var (name, id) in new[] { ("unlisted", Unlisted.Id), ("other", Other.Id) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = id.ToString("D");
            command.Parameters.Add(parameter);
        }

        Assert.Equal(2, await command.ExecuteNonQueryAsync());
    }
}
