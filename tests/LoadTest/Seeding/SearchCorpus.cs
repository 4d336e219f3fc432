using Bogus;

namespace ItsmOrleans.LoadTest.Seeding;

/// <summary>
/// Ticket words for seeding and for the searches run against them: titles, descriptions, replies and work notes made
/// of Bogus' IT vocabulary, repeatable from a seed, and the words and groups the search scenario asks for.
/// </summary>
public sealed class SearchCorpus(int seed)
{
    public static readonly string[] Groups = ["service-desk", "network", "database", "workplace", "identity", "payments", "mail", "storage"];

    public static readonly string[] Services = ["mail", "vpn", "erp", "crm", "payroll", "wiki", "file-share", "telephony", "web-shop", "backup"];

    private readonly Faker _faker = new() { Random = new Randomizer(seed) };

    public Randomizer Random => _faker.Random;

    public string Title() => $"{Capitalised(_faker.Hacker.Adjective())} {_faker.Hacker.Noun()} {Past(_faker.Hacker.Verb())} on {_faker.PickRandom(Services)}";

    public string PublicText() => $"{_faker.Hacker.Phrase()} {_faker.Hacker.Phrase()}";

    public string WorkNote() => _faker.Hacker.Phrase();

    /// <summary>A word the seeded texts hold, for a search that finds many.</summary>
    public string CommonWord() => _faker.Hacker.Noun().Split(' ')[^1];

    public string Verb() => _faker.Hacker.Verb().Split(' ')[^1];

    public string Adjective() => _faker.Hacker.Adjective().Split(' ')[0];

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Past(string verb) => verb.EndsWith('e') ? verb + "d" : verb + "ed";
}
