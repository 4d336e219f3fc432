using ItsmOrleans.Contracts.Common;

namespace ItsmOrleans.Contracts.Escalations;

/// <summary>An on-call schedule, keyed by its id: layers kept by admins, overrides by admins and agents.</summary>
public interface IOnCallScheduleGrain : IGrainWithStringKey
{
    Task<OnCallScheduleView> Define(CommandContext context, DefineOnCallSchedule definition);

    /// <returns>Null when the schedule was never defined.</returns>
    Task<OnCallScheduleView?> Get();

    Task<OnCallScheduleView> AddOverride(CommandContext context, string user, DateTimeOffset start, DateTimeOffset end);

    Task<OnCallScheduleView> RemoveOverride(CommandContext context, Guid overrideId);

    /// <summary>Who is on call at <paramref name="at"/>; fails with <see cref="NotFoundException"/> for an undefined schedule.</summary>
    Task<OnCallShift> WhoIsOnCall(DateTimeOffset at);

    /// <summary>Who is on call at <paramref name="at"/> and who is next; fails with <see cref="NotFoundException"/> for an undefined schedule.</summary>
    Task<OnCallNowAndNext> NowAndNext(DateTimeOffset at);
}
