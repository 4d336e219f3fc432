using System.Globalization;

namespace ItsmOrleans.LoadTest;

/// <summary>Command-line options shared by the scenarios.</summary>
public sealed record LoadTestOptions(Uri Url, int Incidents)
{
    public static LoadTestOptions Parse(string[] args)
    {
        var url = new Uri("http://localhost:5080/");
        var incidents = 100;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--url":
                    url = new Uri(args[i + 1].TrimEnd('/') + "/");
                    break;
                case "--incidents":
                    incidents = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return new LoadTestOptions(url, incidents);
    }
}
