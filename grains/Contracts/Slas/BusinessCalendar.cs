namespace ItsmOrleans.Contracts.Slas;

/// <summary>
/// Which hours count towards an SLA: working hours per weekday in a time zone, minus holidays. Working time is real
/// elapsed time inside those hours, so an hour lost or gained to a DST change is lost or gained to the SLA too.
/// </summary>
/// <param name="TimeZone">An IANA time zone id such as "Europe/Paris".</param>
[GenerateSerializer, Immutable, Alias("itsm.BusinessCalendar")]
public sealed record BusinessCalendar(string Id, string Name, string TimeZone, IReadOnlyList<WorkingHours> Hours, IReadOnlyList<Holiday> Holidays)
{
    // Records compare lists by reference; a calendar read twice from the same configuration must be equal.
    public bool Equals(BusinessCalendar? other) =>
        other is not null && Id == other.Id && Name == other.Name && TimeZone == other.TimeZone
        && Hours.SequenceEqual(other.Hours) && Holidays.SequenceEqual(other.Holidays);

    public override int GetHashCode() => HashCode.Combine(Id, TimeZone, Hours.Count, Holidays.Count);
}
