using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>A change window: <paramref name="Day"/> days from the day of seeding (negative: in the past), from <paramref name="Start"/> (UTC) for <paramref name="Duration"/>.</summary>
public sealed record DemoWindow(int Day, TimeOnly Start, TimeSpan Duration)
{
    public ChangeWindowRequest In(DemoTime time)
    {
        var start = time.At(Day, Start);
        return new ChangeWindowRequest(start, start + Duration);
    }
}
