namespace ItsmOrleans.Web.Demo;

/// <summary>One part of the demo organisation, written through the grains with the API's own checks; seeding it again changes nothing.</summary>
public interface IDemoPart
{
    /// <summary>What it seeds, for the log: "people", "services", "incidents".</summary>
    string Name { get; }

    Task Seed(DemoRun run);
}
