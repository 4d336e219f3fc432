namespace ItsmOrleans.Contracts.Continuity;

/// <summary>How a plan is exercised, from talking it through to failing over for real.</summary>
public enum ExerciseKind
{
    /// <summary>The people of the plan talk a scenario through around a table.</summary>
    Tabletop = 1,

    /// <summary>Each owner walks through their steps where they would take them, changing nothing.</summary>
    Walkthrough = 2,

    /// <summary>The recovery is carried out on a copy, the live service untouched.</summary>
    Simulation = 3,

    /// <summary>The live service fails over to its fallback arrangement and back.</summary>
    FullFailover = 4,
}
