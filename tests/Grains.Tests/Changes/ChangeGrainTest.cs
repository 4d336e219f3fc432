using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Services;

namespace ItsmOrleans.Grains.Tests.Changes;

/// <summary>What change grain tests share: services, people and windows of their own, raising a change, waiting for one.</summary>
public abstract class ChangeGrainTest(ClusterFixture fixture)
{
    protected ClusterFixture Fixture => fixture;

    protected static readonly CommandContext Admin = new(Callers.Admin("portfolio"));
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    protected static readonly RiskAnswers Careful = new(ChangeComplexity.Low, true, true, false, UserReach.Some);

    // Every test plans in its own stretch of the future, with its own services and people, so tests never clash.
    protected DateTimeOffset Day { get; } = DateTimeOffset.UtcNow.Date.AddDays(30 + Random.Shared.Next(0, 20_000));
    protected string Suffix { get; } = Guid.NewGuid().ToString("N")[..6];

    protected string Person(string name) => $"{name}-{Suffix}";

    /// <summary>The account of <see cref="Person"/>: changes name real implementers.</summary>
    protected Task<string> Implementer(string name) => TestCast.Person(Fixture.Client, Person(name));

    protected CommandContext As(string name) => new(Callers.Agent(Person(name)));

    protected CommandContext Manager(string name) => new(Callers.ChangeManager(Person(name)));

    protected ChangeWindow Hours(double from, double to) => new(Day.AddHours(from), Day.AddHours(to));

    protected async Task<string> Service(string name, int criticality = 3, params string[] dependsOn)
    {
        var id = $"{name}-{Suffix}";
        await Fixture.Client.GetGrain<IServiceGrain>(id).Define(Admin, new DefineService(name, ServiceKind.Technical, null, null, null, criticality, null));
        foreach (var target in dependsOn)
        {
            await Fixture.Client.GetGrain<IServiceCatalogGrain>(0).AddDependency(Admin, id, target);
        }

        return id;
    }

    protected async Task<(IChangeGrain Grain, ChangeView View)> Raise(
        string service, ChangeWindow window, string implementer = "erin", ChangeType type = ChangeType.Normal, RiskAnswers? answers = null)
    {
        var grain = Fixture.Client.GetGrain<IChangeGrain>(Guid.NewGuid());
        var view = await grain.Create(As("requester"), new CreateChange(
            type, "Patch mail relays", "Monthly patches", service, null, "Mail delayed for minutes", "Patch one relay at a time",
            "Reinstall the previous packages", "Rehearsed on staging", [new Alternative("Replace the relays", "Too slow to procure")],
            await Implementer(implementer), window, answers ?? Careful));
        return (grain, view);
    }

    protected static async Task<ChangeView> WaitFor(IChangeGrain grain, Func<ChangeView, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var view = await grain.Get(Callers.Admin("reader"));
            if (condition(view))
            {
                return view;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"{view.Number} never got there: {view.Status}, {view.Conflicts.Count} conflicts");
            await Task.Delay(20);
        }
    }
}
