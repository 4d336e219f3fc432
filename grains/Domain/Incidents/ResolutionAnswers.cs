using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;
using ItsmOrleans.Contracts.Validation;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>
/// A requester's answer to a resolution, as the status change it makes through the workflow: confirming closes the
/// incident, disagreeing reopens it into progress with their reason in its history. Only a resolved incident is answered.
/// </summary>
public static class ResolutionAnswers
{
    public const string ConfirmedNote = "The requester confirmed the resolution.";

    public static ChangeIncidentStatus Confirm() => new(IncidentStatus.Closed, Note: ConfirmedNote);

    public static ChangeIncidentStatus Reopen(ReopenIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new FieldErrors();
        errors.Text("reason", command.Reason, TextLimits.Note, required: true);
        errors.ThrowIfAny();
        return new ChangeIncidentStatus(IncidentStatus.InProgress, Note: command.Reason.Trim());
    }

    public static void EnsureAnswerable(string number, IncidentStatus status)
    {
        if (status != IncidentStatus.Resolved)
        {
            throw new InvalidTransitionException(
                $"{number} is {WireName.Of(status)}; only a resolved incident is confirmed or reopened.");
        }
    }
}
