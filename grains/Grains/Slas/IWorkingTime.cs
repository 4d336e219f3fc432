namespace ItsmOrleans.Grains.Slas;

/// <summary>
/// Which hours count towards an SLA. Today every hour counts; business-hours calendars with holidays
/// plug in here without touching the clock maths.
/// </summary>
public interface IWorkingTime
{
    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    TimeSpan Between(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The instant reached after <paramref name="workingTime"/> of working time from <paramref name="from"/>.</summary>
    DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime);
}
