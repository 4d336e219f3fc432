using Bogus;

namespace ItsmOrleans.LoadTest.Seeding;

/// <summary>
/// Ticket words for seeding and for the searches run against them: titles, descriptions, replies and work notes made
/// of <see cref="TicketVocabulary"/> (thousands of words, each kind picked with a Zipf-like weighting as in real
/// tickets), repeatable from a seed. Searches draw their words the same way, so common words are searched often.
/// </summary>
public sealed class SearchCorpus(int seed)
{
    public static readonly string[] Groups = ["service-desk", "network", "database", "workplace", "identity", "payments", "mail", "storage"];

    public static readonly string[] Services = ["mail", "vpn", "erp", "crm", "payroll", "wiki", "file-share", "telephony", "web-shop", "backup"];

    private static readonly ZipfPicker<string> ProductPicker = new(TicketVocabulary.Products);
    private static readonly ZipfPicker<string> PartPicker = new(TicketVocabulary.Parts);
    private static readonly ZipfPicker<string> SymptomPicker = new(TicketVocabulary.Symptoms);
    private static readonly ZipfPicker<string> AdjectivePicker = new(TicketVocabulary.Adjectives);
    private static readonly ZipfPicker<string> SitePicker = new(TicketVocabulary.Sites);
    private static readonly ZipfPicker<string> ActionPicker = new(TicketVocabulary.Actions);
    private static readonly ZipfPicker<string> HostPicker = new(TicketVocabulary.Hosts);
    private static readonly ZipfPicker<string> ErrorCodePicker = new(TicketVocabulary.ErrorCodes);

    private readonly Random _random = new(seed);

    public Randomizer Random { get; } = new(seed);

    public string Title() => _random.Next(4) switch
    {
        0 => $"{Product()} {Part()} {Symptom()} on {Host()}",
        1 => $"{Capitalised(Adjective())} {Part()} in {Product()}",
        2 => $"{ErrorCode()} in {Product()} {Part()}",
        _ => $"{Product()} {Symptom()} for {Site()} users",
    };

    public string PublicText() =>
        $"Since this morning {Product()} {Symptom()} when I open the {Part()} on {Host()}. The message says {ErrorCode()}. " +
        $"It affects the {Adjective()} {Part()} of the {Site()} office. " +
        $"Reply: please check the {Part()} in {Product()} and try again; we {Action()} the {Part()}.";

    public string WorkNote() => $"Checked {Host()}: {Product()} {Part()} {Symptom()}; {Action()} {Host()}, see {ErrorCode()}.";

    /// <summary>A word the seeded texts hold, as people search: a product, a part or a site.</summary>
    public string CommonWord() => _random.Next(3) switch
    {
        0 => Product(),
        1 => Part(),
        _ => Site(),
    };

    /// <summary>A rare word: a host name or an error code, as pasted from a screen.</summary>
    public string RareWord() => _random.Next(2) == 0 ? Host() : ErrorCode();

    /// <summary>Two words the texts often hold side by side.</summary>
    public string Phrase() => $"{Adjective()} {Part()}";

    public string Verb() => Symptom().Split(' ')[^1];

    public string Adjective() => AdjectivePicker.Pick(_random);

    private string Product() => ProductPicker.Pick(_random);

    private string Part() => PartPicker.Pick(_random);

    private string Symptom() => SymptomPicker.Pick(_random);

    private string Site() => SitePicker.Pick(_random);

    private string Action() => ActionPicker.Pick(_random);

    private string Host() => HostPicker.Pick(_random);

    private string ErrorCode() => ErrorCodePicker.Pick(_random);

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
