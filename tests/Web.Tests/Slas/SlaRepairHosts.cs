using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Slas;

/// <summary>Three incidents raised under mistaken policies, and the host restarted with the corrected one.</summary>
public class SlaRepairHosts : IAsyncLifetime, IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "itsm-sla-repair-" + Guid.NewGuid().ToString("N"));

    public CorrectableSlaWebApp Corrected { get; private set; } = null!;

    public IncidentView First { get; private set; } = null!;

    public IncidentView Second { get; private set; } = null!;

    /// <summary>Under <see cref="CorrectableSlaWebApp.OtherPolicy"/>: repaired by one test alone.</summary>
    public IncidentView Third { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Configured with a one-day resolution target by mistake; the correction is a millisecond, breached at once.
        var mistaken = new CorrectableSlaWebApp(_dataFolder, TimeSpan.FromDays(1));
        await mistaken.InitializeAsync();
        First = await mistaken.Http.CreateIncident(IncidentRequests.NewIncident(title: "Payroll export fails", policy: CorrectableSlaWebApp.Policy));
        Second = await mistaken.Http.CreateIncident(IncidentRequests.NewIncident(title: "Badge reader offline", policy: CorrectableSlaWebApp.Policy));
        Third = await mistaken.Http.CreateIncident(IncidentRequests.NewIncident(title: "Printer queue stuck", policy: CorrectableSlaWebApp.OtherPolicy));
        await mistaken.DisposeAsync();
        await BeforeRestart(_dataFolder);

        Corrected = new CorrectableSlaWebApp(_dataFolder, TimeSpan.FromMilliseconds(1));
        await Corrected.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Corrected.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    public void Dispose()
    {
        Corrected.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>What happens to the stored data between the mistaken run and the corrected one: nothing, here.</summary>
    protected virtual Task BeforeRestart(string dataFolder) => Task.CompletedTask;
}
