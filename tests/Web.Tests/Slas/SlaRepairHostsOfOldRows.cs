using System.Data.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Web.Tests.Slas;

/// <summary>
/// Incidents raised under a mistaken policy whose list rows, like those written before the list kept a policy, do not
/// say which policy they are under; then the host restarted with the corrected policy.
/// </summary>
public sealed class SlaRepairHostsOfOldRows : IAsyncLifetime, IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-sla-old-rows-" + Guid.NewGuid().ToString("N"));

    public CorrectableSlaWebApp Corrected { get; private set; } = null!;

    /// <summary>Under <see cref="CorrectableSlaWebApp.Policy"/>; its row does not say so.</summary>
    public IncidentView Unlisted { get; private set; } = null!;

    /// <summary>Under <see cref="CorrectableSlaWebApp.Policy"/>; its row says so.</summary>
    public IncidentView Listed { get; private set; } = null!;

    /// <summary>Under <see cref="CorrectableSlaWebApp.OtherPolicy"/>; its row does not say so.</summary>
    public IncidentView Other { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var mistaken = new CorrectableSlaWebApp(_dataFolder, TimeSpan.FromDays(1));
        await mistaken.InitializeAsync();
        Unlisted = await mistaken.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payroll export fails", policy: CorrectableSlaWebApp.Policy));
        Listed = await mistaken.Http.CreateIncident(IncidentRequests.NewIncident(title: "Badge reader offline", policy: CorrectableSlaWebApp.Policy));
        Other = await mistaken.Http.CreateIncident(IncidentRequests.NewIncident(title: "Printer queue stuck", policy: CorrectableSlaWebApp.OtherPolicy));
        await mistaken.DisposeAsync();

        await using (var database = new ItsmDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = _dataFolder }))
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE incidents SET sla_policy_id = NULL WHERE id IN (@unlisted, @other)";
            Add(command, "unlisted", Unlisted.Id.ToString("D"));
            Add(command, "other", Other.Id.ToString("D"));
            Assert.Equal(2, await command.ExecuteNonQueryAsync());
        }

        Corrected = new CorrectableSlaWebApp(_dataFolder, TimeSpan.FromMilliseconds(1));
        await Corrected.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Corrected.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    public void Dispose() => Corrected.Dispose();

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
