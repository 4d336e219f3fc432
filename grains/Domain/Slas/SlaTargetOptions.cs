namespace ItsmOrleans.Domain.Slas;

/// <summary>Configured targets of one priority, as TimeSpans ("00:15:00", "3.00:00:00").</summary>
public sealed class SlaTargetOptions
{
    public TimeSpan Response { get; set; }

    public TimeSpan Resolution { get; set; }
}
