namespace ItsmOrleans.Contracts.Slas;

/// <summary>A day without working time. <paramref name="Yearly"/> repeats it on the same month and day every year.</summary>
[GenerateSerializer, Immutable, Alias("itsm.Holiday")]
public sealed record Holiday(DateOnly Date, string Name, bool Yearly = false)
{
    public bool Falls(DateOnly date) => Yearly ? date.Month == Date.Month && date.Day == Date.Day : date == Date;
}
