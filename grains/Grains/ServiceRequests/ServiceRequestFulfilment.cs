using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.ServiceRequests;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Grains.ServiceRequests;

/// <summary>
/// The fulfilment of an approved request: its tasks come from the catalogue item for the item's fulfilment group;
/// assigning or doing one is the request's response, and the last one done fulfils it.
/// </summary>
public static class ServiceRequestFulfilment
{
    public static void Start(ServiceRequestState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var item = state.Item!;
        state.Status = ServiceRequestStatus.InFulfilment;
        state.Tasks = [.. item.Tasks.Select((title, i) => new FulfilmentTask(i + 1, title, item.FulfilmentGroup, null, false, null, null, null))];
        ServiceRequestHistory.Add(state, now, "system", "inFulfilment", $"{state.Tasks.Count} task(s) for {item.FulfilmentGroup}");
    }

    public static void Assign(ServiceRequestState state, int task, string assignee, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var index = OpenTask(state, task);
        var errors = new FieldErrors();
        errors.Text("assignee", assignee, TextLimits.Name, required: true);
        errors.ThrowIfAny();
        state.Tasks[index] = state.Tasks[index] with { Assignee = assignee.Trim() };
        state.Responded = true;
        ServiceRequestHistory.Add(state, now, actor, "taskAssigned", $"Task {task} to {assignee.Trim()}");
    }

    public static void Complete(ServiceRequestState state, int task, string? notes, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var index = OpenTask(state, task);
        state.Tasks[index] = state.Tasks[index] with { Done = true, DoneBy = actor, DoneAt = now, Notes = notes?.Trim() };
        state.Responded = true;
        ServiceRequestHistory.Add(state, now, actor, "taskDone", $"Task {task} done: {state.Tasks[index].Title}");
        if (state.Tasks.TrueForAll(t => t.Done))
        {
            state.Status = ServiceRequestStatus.Fulfilled;
            ServiceRequestHistory.Add(state, now, "system", "fulfilled", "Every task is done");
        }
    }

    private static int OpenTask(ServiceRequestState state, int number)
    {
        if (state.Status != ServiceRequestStatus.InFulfilment)
        {
            throw new DomainValidationException("status", $"{state.Number} is not in fulfilment.");
        }

        var index = state.Tasks.FindIndex(t => t.Number == number);
        return index < 0 ? throw new NotFoundException($"{state.Number} has no task {number}.")
            : state.Tasks[index].Done ? throw new DomainValidationException("task", $"Task {number} is already done.")
            : index;
    }
}
