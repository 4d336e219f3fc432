using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Deployment;

/// <summary>
/// The container, compose and Kubernetes files cannot run here (no engine, no cluster), so they are validated offline:
/// against the Kubernetes API schemas and the Compose specification, and against the rules a deployment of the hub
/// needs (probes on /health, resources, disruption budgets, Orleans' pod identity).
/// </summary>
public class DeploymentFilesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_deployment_files_pass_offline_validation()
    {
        var (exitCode, report) = await DeploymentValidator.Validate(RepositoryPaths.Combine("deploy"));
        output.WriteLine(report);
        Assert.True(exitCode == 0, report);
    }

    [Fact]
    public async Task Validation_names_each_mistake_that_would_break_a_deployment()
    {
        var broken = Path.Combine(Path.GetTempPath(), "itsm-deploy-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            foreach (var folder in new[] { "kubernetes", "compose", "docker" })
            {
                Copy(RepositoryPaths.Combine("deploy", folder), Path.Combine(broken, folder));
            }

            Edit(broken, "kubernetes/silo.yaml", "replicas: 3", "replicas: three");
            Edit(broken, "kubernetes/web.yaml", "path: /health\n", "path: /ready\n");
            Edit(broken, "kubernetes/disruption-budgets.yaml", "app.kubernetes.io/name: itsm-web", "app.kubernetes.io/name: itsm-webb");
            Edit(broken, "kubernetes/silo.yaml", "- name: POD_IP", "- name: POD_ADDRESS");
            Edit(broken, "compose/compose.yaml", "target: web", "target: website");
            Edit(broken, "compose/compose.yaml", "stop_grace_period: 30s", "stop_grace_period: 30s\n    restart_policy: always");

            var (exitCode, report) = await DeploymentValidator.Validate(broken);
            output.WriteLine(report);

            Assert.Equal(1, exitCode);
            Assert.Contains("itsm-silo: ", report, StringComparison.Ordinal);
            Assert.Contains("replicas must be integer", report, StringComparison.Ordinal);
            Assert.Contains("readinessProbe is not on /health", report, StringComparison.Ordinal);
            Assert.Contains("itsm-web: no PodDisruptionBudget selects its pods", report, StringComparison.Ordinal);
            Assert.Contains("needs POD_IP", report, StringComparison.Ordinal);
            Assert.Contains("the Dockerfile has no stage website", report, StringComparison.Ordinal);
            Assert.Contains("must NOT have additional properties", report, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static void Edit(string root, string file, string find, string replace)
    {
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
