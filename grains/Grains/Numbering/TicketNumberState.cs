namespace ItsmOrleans.Grains.Numbering;

/// <summary>The last number handed out.</summary>
[GenerateSerializer, Alias("itsm.TicketNumberState")]
public sealed class TicketNumberState
{
    [Id(0)] public long Last { get; set; }
}
