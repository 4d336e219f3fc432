using ItsmOrleans.Contracts.Slas;

namespace ItsmOrleans.Domain.Slas;

/// <summary>Which hours count towards an SLA: every hour (24×7) or a business calendar's working hours.</summary>
public interface IWorkingTime
{
    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    TimeSpan Between(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The instant reached after <paramref name="workingTime"/> of working time from <paramref name="from"/>.</summary>
    DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime);

    /// <summary>
    /// The stretches in which time counts from <paramref name="from"/> until <paramref name="until"/>, at most
    /// <paramref name="limit"/>; null when every hour counts.
    /// </summary>
    IReadOnlyList<CountingPeriod>? Periods(DateTimeOffset from, DateTimeOffset until, int limit);
}
