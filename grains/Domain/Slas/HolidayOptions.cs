namespace ItsmOrleans.Domain.Slas;

/// <summary>A configured holiday: "2026-12-25", a name, and whether it comes back every year.</summary>
public sealed class HolidayOptions
{
    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";

    public bool Yearly { get; set; }
}
