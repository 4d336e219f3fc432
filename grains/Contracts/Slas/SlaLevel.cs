namespace ItsmOrleans.Contracts.Slas;

/// <summary>The escalating thresholds of an SLA clock, each a share of the target elapsed.</summary>
public enum SlaLevel
{
    /// <summary>50 % of the target elapsed.</summary>
    Info = 50,

    /// <summary>75 % of the target elapsed.</summary>
    Warning = 75,

    /// <summary>90 % of the target elapsed.</summary>
    Critical = 90,

    /// <summary>The target elapsed without the promise being kept.</summary>
    Breach = 100,
}
