using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>
/// One thing someone does to a service request; exactly one action is given. <paramref name="Task"/> numbers the
/// fulfilment task that <paramref name="AssignTask"/> and <paramref name="CompleteTask"/> act on.
/// </summary>
public sealed record DemoRequestStep(
    string By,
    DecisionRequest? Decide = null,
    int? Task = null,
    TaskAssignmentRequest? AssignTask = null,
    TaskCompletionRequest? CompleteTask = null,
    RequestTransitionRequest? Move = null);
