using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Risks;
using ItsmOrleans.Domain.Workflows;
using static ItsmOrleans.Contracts.Risks.RiskStatus;

namespace ItsmOrleans.Domain.Risks;

/// <summary>
/// Identified → Assessed (scored, with a review date) → Treated (a treatment other than acceptance, its controls or
/// actions, and the residual score) or Accepted (the owner accepts what remains, saying why) → Closed. A treated or
/// accepted risk can be assessed again; anything can be closed with a reason; a closed risk can come back as identified.
/// </summary>
public static class RiskWorkflow
{
    public static Workflow<RiskStatus, RiskTransitionRequest> Table { get; } = new(
    [
        new(Identified, Assessed, NeedsAssessment),
        new(Identified, Closed, NeedsNotes),
        new(Assessed, Treated, NeedsTreatment),
        new(Assessed, Accepted, NeedsAcceptance),
        new(Assessed, Closed, NeedsNotes),
        new(Treated, Accepted, NeedsNotes),
        new(Treated, Assessed, NeedsNotes),
        new(Treated, Closed, NeedsNotes),
        new(Accepted, Assessed, NeedsNotes),
        new(Accepted, Closed, NeedsNotes),
        new(Closed, Identified, NeedsNotes),
    ],
    Name);

    public static string Name(RiskStatus status) => WireName.Of(status);

    public static bool IsOpen(RiskStatus status) => status != Closed;

    private static GuardFailure? NeedsNotes(RiskTransitionRequest r) =>
        string.IsNullOrWhiteSpace(r.Command.Notes) ? new GuardFailure("notes", "Say why.") : null;

    private static GuardFailure? NeedsAssessment(RiskTransitionRequest r) =>
        r.Inherent is null ? new GuardFailure("inherent", "Score the risk's impact and likelihood before its treatment is decided.")
        : r.ReviewBy is null ? new GuardFailure("reviewBy", "Set when the risk is next reviewed.")
        : null;

    private static GuardFailure? NeedsTreatment(RiskTransitionRequest r) =>
        r.Treatment is null or RiskTreatment.Accept ? new GuardFailure("treatment", "Choose how the risk is treated: avoid, mitigate or transfer (accepting it is its own step).")
        : r.ControlsAndActions == 0 ? new GuardFailure("controls", "Record the controls or actions that treat the risk.")
        : r.Residual is null ? new GuardFailure("residual", "Score the risk that remains once the treatment is in place.")
        : null;

    private static GuardFailure? NeedsAcceptance(RiskTransitionRequest r) =>
        r.Treatment != RiskTreatment.Accept ? new GuardFailure("treatment", "Set the treatment to accept before accepting the risk.")
        : NeedsNotes(r);
}
