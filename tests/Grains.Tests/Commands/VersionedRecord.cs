using ItsmOrleans.Contracts.Changes;
using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.MajorIncidents;
using ItsmOrleans.Contracts.Problems;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Grains.Changes;
using ItsmOrleans.Grains.Incidents;
using ItsmOrleans.Grains.MajorIncidents;
using ItsmOrleans.Grains.Problems;
using ItsmOrleans.Grains.ServiceRequests;

namespace ItsmOrleans.Grains.Tests.Commands;

/// <summary>
/// A kind of versioned record as the command tests drive it: raised, handed to a person by a versioned command (the
/// incident's assignee, the change's and problem's title, the major incident's commander, the request's first task),
/// and read back as its version and that person.
/// </summary>
/// <param name="StateName">The name its state is saved under, which also names the kind in test results.</param>
/// <param name="Grain">The grain of the record with that id.</param>
public sealed record VersionedRecord(
    string StateName,
    Func<IGrainFactory, Guid, GrainId> Grain,
    Func<IGrainFactory, Guid, CommandContext, Task> Raise,
    Func<IGrainFactory, Guid, CommandContext, string, Task<(int Version, string? Person)>> HandTo,
    Func<IGrainFactory, Guid, Task<(int Version, string? Person)>> Read)
{
    private static readonly Caller Reader = Callers.Admin("reader");

    public static IReadOnlyList<VersionedRecord> All { get; } =
    [
        new(IncidentGrain.StateName, (grains, id) => grains.GetGrain<IIncidentGrain>(id).GetGrainId(),
            (grains, id, context) => grains.GetGrain<IIncidentGrain>(id)
                .Create(context, new CreateIncident("Mail down", "", Impact.Medium, Urgency.Medium, "bob", "email", "messaging")),
            async (grains, id, context, person) => Shown(await grains.GetGrain<IIncidentGrain>(id).Assign(context, new AssignIncident(null, person))),
            async (grains, id) => Shown(await grains.GetGrain<IIncidentGrain>(id).Get(Reader))),
        new(ChangeGrain.StateName, (grains, id) => grains.GetGrain<IChangeGrain>(id).GetGrainId(),
            (grains, id, context) => grains.GetGrain<IChangeGrain>(id).Create(context, new CreateChange(ChangeType.Normal, "Rotate certificates", "", "email")),
            async (grains, id, context, person) => Shown(await grains.GetGrain<IChangeGrain>(id).Update(context, new UpdateChange(Title: person))),
            async (grains, id) => Shown(await grains.GetGrain<IChangeGrain>(id).Get(Reader))),
        new(ProblemGrain.StateName, (grains, id) => grains.GetGrain<IProblemGrain>(id).GetGrainId(),
            (grains, id, context) => grains.GetGrain<IProblemGrain>(id).Create(context, new CreateProblem("CRM slow every morning", "")),
            async (grains, id, context, person) => Shown(await grains.GetGrain<IProblemGrain>(id).Update(context, new UpdateProblem(Title: person))),
            async (grains, id) => Shown(await grains.GetGrain<IProblemGrain>(id).Get(Reader))),
        new(MajorIncidentGrain.StateName, (grains, id) => grains.GetGrain<IMajorIncidentGrain>(id).GetGrainId(),
            async (grains, id, context) =>
            {
                // The incident is raised under no key of its own: the promotion passes its key on to the incident it joins.
                var primary = await grains.GetGrain<IIncidentGrain>(Guid.NewGuid())
                    .Create(context with { RequestId = null }, new CreateIncident("Core switch down", "", Impact.High, Urgency.High, "noc", AssignmentGroup: "network"));
                await grains.GetGrain<IMajorIncidentGrain>(id).Promote(context, new PromoteIncidents("Datacentre B outage", primary.Id, [], "carla", null));
            },
            async (grains, id, context, person) => Shown(await grains.GetGrain<IMajorIncidentGrain>(id).ChangeCommander(context, person)),
            async (grains, id) => Shown(await grains.GetGrain<IMajorIncidentGrain>(id).Get(Reader))),
        new(ServiceRequestGrain.StateName, (grains, id) => grains.GetGrain<IServiceRequestGrain>(id).GetGrainId(),
            async (grains, id, context) =>
            {
                var item = new CatalogItem($"laptop-{Guid.NewGuid():N}"[..12], "Laptop", "", "Hardware", [], ApprovalRule.NoApproval,
                    ["Prepare the laptop"], "desktop");
                await grains.GetGrain<IRequestCatalogGrain>(0).Define(context, item);
                await grains.GetGrain<IServiceRequestGrain>(id).Submit(context, new SubmitRequest(item.Id, new Dictionary<string, string>(), "rita"));
            },
            async (grains, id, context, person) => Shown(await grains.GetGrain<IServiceRequestGrain>(id).AssignTask(context, 1, person)),
            async (grains, id) => Shown(await grains.GetGrain<IServiceRequestGrain>(id).Get(Reader))),
    ];

    public static VersionedRecord Of(string stateName) => All.Single(r => r.StateName == stateName);

    public override string ToString() => StateName;

    private static (int, string?) Shown(IncidentView view) => (view.Version, view.Assignee);

    private static (int, string?) Shown(ChangeView view) => (view.Version, view.Title);

    private static (int, string?) Shown(ProblemView view) => (view.Version, view.Title);

    private static (int, string?) Shown(MajorIncidentView view) => (view.Version, view.Commander);

    private static (int, string?) Shown(ServiceRequestView view) => (view.Version, view.Tasks[0].Assignee);
}
