namespace ItsmOrleans.Web.Demo;

/// <summary>What starting with Demo=true did, and how long the seeding took (zero when nothing was seeded).</summary>
public sealed record DemoSeedResult(DemoSeedOutcome Outcome, TimeSpan Took);
