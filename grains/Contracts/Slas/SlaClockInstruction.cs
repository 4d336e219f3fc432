namespace ItsmOrleans.Contracts.Slas;

/// <summary>The state an incident wants its clock in, as of one of its versions. Instructions are idempotent; older versions are ignored.</summary>
/// <param name="IncidentId">The record the clock serves (an incident unless <paramref name="Owner"/> says otherwise).</param>
/// <param name="IncidentVersion">The incident version that produced the instruction.</param>
/// <param name="Desired">Running, paused or stopped.</param>
/// <param name="Target">The time allowed by the SLA policy for the incident's current priority.</param>
/// <param name="At">When the incident changed.</param>
/// <param name="Resync">
/// Sent by a freshly activated incident with its persisted state: applies even if the clock saw a higher version,
/// which happens when the incident crashed after updating the clock but before saving itself.
/// </param>
/// <param name="Owner">The grain that receives the clock's events; the incident <paramref name="IncidentId"/> when null.</param>
/// <param name="Calendar">Whose working hours count (null: every hour). A new calendar counts from <paramref name="At"/>; time already counted stays.</param>
[GenerateSerializer, Immutable, Alias("itsm.SlaClockInstruction")]
public sealed record SlaClockInstruction(
    Guid IncidentId, int IncidentVersion, SlaClockState Desired, TimeSpan Target, DateTimeOffset At, bool Resync = false, BusinessCalendar? Calendar = null, GrainId? Owner = null);
