namespace ItsmOrleans.Contracts.Slas;

/// <summary>Whether an SLA clock is counting.</summary>
public enum SlaClockState
{
    Running = 1,
    Paused = 2,
    Stopped = 3,
}
