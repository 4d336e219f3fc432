namespace ItsmOrleans.Grains.Numbering;

/// <summary>The highest number reserved: every number handed out is at or below it, and none above it ever was.</summary>
[GenerateSerializer, Alias("itsm.TicketNumberState")]
public sealed class TicketNumberState
{
    [Id(0)] public long Last { get; set; }
}
