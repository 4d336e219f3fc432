namespace ItsmOrleans.LoadTest;

/// <summary>Command-line options shared by the scenarios.</summary>
/// <param name="ApiKey">The API key the tool acts with (--api-key, else the ITSM_API_KEY environment variable).</param>
public sealed record LoadTestOptions(Uri Url, int Incidents, string ApiKey)
{
    public static LoadTestOptions Parse(string[] args)
    {
        var url = new Uri("http://localhost:5080/");
        var incidents = 100;
        var apiKey = Environment.GetEnvironmentVariable("ITSM_API_KEY");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--url":
                    url = new Uri(args[i + 1].TrimEnd('/') + "/");
                    break;
                case "--api-key":
                    apiKey = args[i + 1];
                    break;
                case "--incidents":
                    incidents = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new LoadTestOptions(url, incidents, apiKey ?? throw new ArgumentException("Give an API key with --api-key or ITSM_API_KEY."));
    }
}
