using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>What axe-core finds on a page as it is now, limited to what blocks people: serious and critical violations.</summary>
public static class AxeFindings
{
    /// <summary>One line per serious or critical violation, starting with <paramref name="where"/>.</summary>
    public static async Task<IReadOnlyList<string>> Serious(IPage page, string where)
    {
        var result = await page.RunAxe();
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")];
    }
}
