namespace ItsmOrleans.Web.Tests.Slas;

/// <summary>
/// The web app over a data folder it shares with the host before and after it, with the "repairable" policies' resolution
/// target as configured for this start: how an administrator corrects a policy (change the configuration, restart).
/// </summary>
public sealed class CorrectableSlaWebApp(string dataFolder, TimeSpan resolution) : WebAppFixture
{
    public const string Policy = "repairable";

    /// <summary>A second policy with the same targets, for incidents the tests of <see cref="Policy"/>'s batches leave alone.</summary>
    public const string OtherPolicy = "repairable-too";

    public static readonly TimeSpan Response = TimeSpan.FromDays(1);

    private static readonly string[] Priorities = ["P1", "P2", "P3", "P4", "P5"];

    protected override IEnumerable<KeyValuePair<string, string?>> Overrides =>
        new[] { Policy, OtherPolicy }.SelectMany(policy => Priorities.SelectMany(priority => new KeyValuePair<string, string?>[]
            {
                new($"Sla:Policies:{policy}:Targets:{priority}:Response", Response.ToString()),
                new($"Sla:Policies:{policy}:Targets:{priority}:Resolution", resolution.ToString()),
            }))
            .Append(new("Database:DataFolder", dataFolder));
}
