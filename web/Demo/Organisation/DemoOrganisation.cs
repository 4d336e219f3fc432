using System.Text.Json;
using ItsmOrleans.Web.Extensions;

namespace ItsmOrleans.Web.Demo.Organisation;

/// <summary>
/// The demo organisation as demo-organisation.json describes it: its people, its portfolio, its catalogues, its
/// agreements and the tickets of its recent history. Each record is written in the shape its API takes.
/// </summary>
/// <param name="Administrator">The demo account (with the admin role) that configures the organisation.</param>
public sealed record DemoOrganisation(
    string Name,
    string Administrator,
    IReadOnlyList<DemoPerson> People,
    DemoPortfolio Portfolio,
    DemoCatalogue Catalogue,
    DemoAgreements Agreements,
    DemoHistory History)
{
    private const string ResourceName = "demo-organisation.json";

    /// <summary>Reads the organisation from the file built into this assembly, with the API's JSON rules (unknown fields are refused).</summary>
    public static DemoOrganisation Load()
    {
        using var stream = typeof(DemoOrganisation).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The web assembly holds no {ResourceName}.");
        var options = new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        ApiJson.Configure(options);
        return JsonSerializer.Deserialize<DemoOrganisation>(stream, options)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }
}
