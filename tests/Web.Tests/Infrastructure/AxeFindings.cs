using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>What axe-core finds on a page as it is now, limited to what blocks people: serious and critical violations.</summary>
public static class AxeFindings
{
    /// <summary>One line per serious or critical violation, starting with <paramref name="where"/>.</summary>
    public static async Task<IReadOnlyList<string>> Serious(IPage page, string where) => Serious(await page.RunAxe(), where);

    public static IReadOnlyList<string> Serious(AxeResult result, string where) =>
        [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}: {v.Nodes.FirstOrDefault()?.Any.FirstOrDefault()?.Message}")];

    /// <summary>A table row for the accessibility report: the page, rules passed, and violations by impact.</summary>
    public static string ReportRow(AxeResult result, string where)
    {
        int Count(string impact) => result.Violations.Count(v => v.Impact == impact);
        var rules = string.Join(", ", result.Violations.Select(v => v.Id));
        return $"| `/{where}` | {result.Passes.Length} | {Count("critical")} | {Count("serious")} | {Count("moderate")} | {Count("minor")} | {rules} |";
    }
}
