namespace ItsmOrleans.Web.Demo;

/// <summary>What starting with Demo=true did.</summary>
public enum DemoSeedOutcome
{
    /// <summary>The organisation was seeded now (or its interrupted seeding finished).</summary>
    Seeded = 1,

    /// <summary>An earlier start seeded it; nothing was added.</summary>
    AlreadySeeded = 2,

    /// <summary>The database held data the demo did not make; nothing was added.</summary>
    DatabaseHasData = 3,
}
