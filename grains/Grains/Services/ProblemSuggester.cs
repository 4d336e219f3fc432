using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Services;
using ItsmOrleans.Domain.Services;
using Microsoft.Extensions.Options;

namespace ItsmOrleans.Grains.Services;

/// <summary>
/// Watches the incidents raised on one service for a burst that suggests a problem (see <see cref="ProblemSuggestionRule"/>).
/// One per activation: it remembers the incidents of the current window.
/// </summary>
public sealed class ProblemSuggester(IOptions<ProblemSuggestionOptions> options, TimeProvider time)
{
    private readonly RecentIncidentWindow _recent = new();

    /// <summary>Remembers an incident raised on this service within the suggestion window; true when it is new to the window.</summary>
    public bool Remember(string serviceId, IncidentSummary incident) => _recent.Remember(incident, serviceId, time.GetUtcNow(), options.Value.Window);

    /// <summary>
    /// A new suggestion when the window holds enough incidents, or the standing one with the new incidents added;
    /// null when there is none, or nothing to add.
    /// </summary>
    public ProblemSuggestion? Next(string serviceId, ServiceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = time.GetUtcNow();
        var settings = options.Value;
        var burst = ProblemSuggestionRule.Burst(_recent.Incidents, now, settings.Incidents, settings.Window, state.SuggestionClearedAt);
        if (burst is null)
        {
            return null;
        }

        List<(Guid Id, string Number)> known = state.Suggestion is { } standing ? [.. standing.IncidentIds.Zip(standing.IncidentNumbers)] : [];
        var listed = known.Concat(burst.Where(i => !known.Exists(k => k.Id == i.Id)).Select(i => (i.Id, i.Number)))
            .Take(ProblemSuggestionRule.MaxListed)
            .ToList();
        if (state.Suggestion is not null && listed.Count == known.Count)
        {
            return null;
        }

        return new ProblemSuggestion(
            serviceId, state.Name, [.. listed.Select(l => l.Id)], [.. listed.Select(l => l.Number)],
            state.Suggestion?.FirstIncidentAt ?? burst[0].CreatedAt, state.Suggestion?.RaisedAt ?? now);
    }
}
