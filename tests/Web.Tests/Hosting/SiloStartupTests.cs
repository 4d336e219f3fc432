namespace ItsmOrleans.Web.Tests.Hosting;

/// <summary>A standalone silo checks its configuration as it starts, rather than failing the first user it serves.</summary>
public class SiloStartupTests
{
    [Fact]
    public async Task A_silo_with_a_broken_sla_policy_refuses_to_start_and_names_the_problem()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "itsm-silo-startup-" + Guid.NewGuid().ToString("N"));
        var settings = TestSettings.For(dataFolder, FreePort.Get(), FreePort.Get());
        settings["Sla:Policies:broken:Targets:P1:Response"] = "-00:05:00";
        try
        {
            await using var silo = AppProcess.Silo(settings);
            var exitCode = await silo.WaitForExit(TimeSpan.FromSeconds(60));

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Sla:Policies:broken", silo.Output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(dataFolder))
            {
                Directory.Delete(dataFolder, recursive: true);
            }
        }
    }
}
