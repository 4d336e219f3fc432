using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Slas;
using ItsmOrleans.Domain.Slas;
using ItsmOrleans.Grains.Slas;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Domain.Tests.Slas;

public class BusinessCalendarRulesTests
{
    private static BusinessCalendar Calendar(string zone, params WorkingHours[] hours) => new("office", "Office", zone, hours, []);

    [Fact]
    public void A_calendar_needs_a_real_time_zone_and_some_working_hours()
    {
        Assert.Contains(BusinessCalendarRules.Problems(Calendar("Mars/Olympus", new WorkingHours(DayOfWeek.Monday, new(9, 0), new(17, 0)))), p => p.Field == "timeZone");
        Assert.Contains(BusinessCalendarRules.Problems(Calendar("UTC")), p => p.Field == "hours");
        Assert.Empty(BusinessCalendarRules.Problems(Calendar("Europe/Paris", new WorkingHours(DayOfWeek.Monday, new(9, 0), new(17, 0)))));
    }

    [Fact]
    public void Overlapping_working_hours_are_refused_even_across_midnight_and_the_end_of_the_week()
    {
        Assert.NotEmpty(BusinessCalendarRules.Problems(Calendar("UTC",
            new WorkingHours(DayOfWeek.Monday, new(9, 0), new(13, 0)), new WorkingHours(DayOfWeek.Monday, new(12, 0), new(17, 0)))));
        Assert.NotEmpty(BusinessCalendarRules.Problems(Calendar("UTC",
            new WorkingHours(DayOfWeek.Monday, new(22, 0), new(6, 0)), new WorkingHours(DayOfWeek.Tuesday, new(5, 0), new(9, 0)))));
        Assert.NotEmpty(BusinessCalendarRules.Problems(Calendar("UTC",
            new WorkingHours(DayOfWeek.Saturday, new(22, 0), new(6, 0)), new WorkingHours(DayOfWeek.Sunday, new(5, 0), new(9, 0)))));
        Assert.Empty(BusinessCalendarRules.Problems(Calendar("UTC",
            new WorkingHours(DayOfWeek.Monday, new(22, 0), new(6, 0)), new WorkingHours(DayOfWeek.Tuesday, new(6, 0), new(9, 0)))));
    }

    [Fact]
    public void A_policy_naming_an_unknown_calendar_stops_the_host_at_start()
    {
        var options = new SlaOptions
        {
            Policies =
            {
                ["gold"] = new SlaPolicyOptions
                {
                    Calendar = "nights",
                    Targets = Enum.GetValues<Priority>().ToDictionary(p => p, _ => new SlaTargetOptions { Response = TimeSpan.FromHours(1), Resolution = TimeSpan.FromHours(8) }),
                },
            },
        };

        var refused = Assert.Throws<OptionsValidationException>(() => new ConfiguredSlaPolicyCatalog(Options.Create(options)));
        Assert.Contains(refused.Failures, f => f.Contains("'nights'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_built_in_business_hours_calendar_is_Monday_to_Friday_nine_to_five_in_the_configured_zone()
    {
        var catalog = new ConfiguredSlaPolicyCatalog(Options.Create(new SlaOptions { BusinessTimeZone = "Europe/Berlin" }));
        var calendar = Assert.Single(catalog.Calendars, c => c.Id == SlaOptions.BusinessHoursCalendarId);
        Assert.Equal("Europe/Berlin", calendar.TimeZone);
        Assert.Equal(5, calendar.Hours.Count);
    }
}
