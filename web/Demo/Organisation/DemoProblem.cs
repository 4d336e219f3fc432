using ItsmOrleans.Web.Apis;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>
/// A problem opened by <paramref name="By"/> over the incidents named by their keys (POST /api/problems), analysed
/// (PATCH), moved (POST …/transitions) and published as a known error when <paramref name="KnownError"/>.
/// </summary>
public sealed record DemoProblem(
    string Key,
    string By,
    CreateProblemRequest Open,
    IReadOnlyList<string> Incidents,
    UpdateProblemRequest? Analysis = null,
    IReadOnlyList<MoveProblemRequest>? Moves = null,
    bool KnownError = false)
{
    public Guid Id => DemoKeys.Id("problem", By, Key);
}
