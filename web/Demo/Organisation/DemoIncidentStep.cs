using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>One thing someone does to an incident; exactly one of the actions is given.</summary>
/// <param name="Take">Assign it to <paramref name="By"/> (POST …/take).</param>
/// <param name="Acknowledge">Acknowledge it, which stops its escalation (POST …/acknowledge).</param>
public sealed record DemoIncidentStep(
    string By,
    AssignIncidentRequest? Assign = null,
    bool Take = false,
    bool Acknowledge = false,
    ChangeStatusRequest? Move = null,
    AddCommentRequest? Comment = null);
