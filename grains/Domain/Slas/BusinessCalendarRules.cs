using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Contracts.Validation;
using ItsmOrleans.Domain.Services;

namespace ItsmOrleans.Domain.Slas;

/// <summary>What makes a business calendar usable: a real time zone, some working time every week, no overlapping stretches.</summary>
public static class BusinessCalendarRules
{
    public const int MaxHolidays = 500;
    private const int MinutesPerWeek = 7 * 24 * 60;

    /// <summary>The problems of <paramref name="calendar"/>, each naming its field; empty when it is usable.</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(BusinessCalendar calendar)
    {
        var errors = new FieldErrors();
        ServiceRules.ValidateId(errors, calendar.Id);
        errors.Text("name", calendar.Name, TextLimits.Title, required: true);
        if (string.IsNullOrWhiteSpace(calendar.TimeZone) || NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(calendar.TimeZone) is null)
        {
            errors.Add("timeZone", $"'{calendar.TimeZone}' is not an IANA time zone such as \"Europe/Paris\" or \"UTC\".");
        }

        if (calendar.Hours.Count == 0)
        {
            errors.Add("hours", "A calendar needs working hours on at least one day.");
        }

        var stretches = new List<(int Start, int End, int Index)>();
        for (var i = 0; i < calendar.Hours.Count; i++)
        {
            var hours = calendar.Hours[i];
            errors.Defined($"hours[{i}].day", hours.Day);
            var start = (int)hours.Day * 24 * 60 + hours.Start.Hour * 60 + hours.Start.Minute;
            var length = (hours.End.ToTimeSpan() - hours.Start.ToTimeSpan()).TotalMinutes;
            stretches.Add((start, start + (int)(length <= 0 ? length + 24 * 60 : length), i));
        }

        // Compare every stretch with every other, also across the end of the week (Saturday night into Sunday).
        foreach (var a in stretches)
        {
            foreach (var b in stretches.Where(b => b.Index > a.Index))
            {
                if (Overlap(a, b) || Overlap(a, (b.Start + MinutesPerWeek, b.End + MinutesPerWeek, b.Index)) || Overlap((a.Start + MinutesPerWeek, a.End + MinutesPerWeek, a.Index), b))
                {
                    errors.Add($"hours[{b.Index}]", $"Working hours {a.Index} and {b.Index} overlap.");
                }
            }
        }

        if (calendar.Holidays.Count > MaxHolidays)
        {
            errors.Add("holidays", $"At most {MaxHolidays} holidays.");
        }

        for (var i = 0; i < calendar.Holidays.Count && i < MaxHolidays; i++)
        {
            errors.Text($"holidays[{i}].name", calendar.Holidays[i].Name, TextLimits.Name, required: true);
        }

        return errors.List();
    }

    private static bool Overlap((int Start, int End, int Index) a, (int Start, int End, int Index) b) => a.Start < b.End && b.Start < a.End;
}
