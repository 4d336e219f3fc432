using ItsmOrleans.LoadTest.Runs;
using ItsmOrleans.LoadTest.Seeding;

namespace ItsmOrleans.LoadTest.Scenarios;

/// <summary>
/// search: the searches people type, in turn, at the target rate: one common word, two words, a phrase, words with
/// filters, a filtered list without words, a host name or error code, and a ticket number. Each kind is measured on its own.
/// </summary>
public sealed class SearchQueries : IScenario
{
    private RunContext _context = null!;
    private SearchCorpus _corpus = null!;

    public string Name => "search";

    public string Description => "GET /api/search: a word, two words, a phrase, words with filters, filters alone, a host or error code, a number (in turn)";

    public Task Prepare(RunContext context)
    {
        _context = context;
        _corpus = new SearchCorpus(context.Options.Seed + 7);
        return Task.CompletedTask;
    }

    public async Task<(string Operation, string? Error)> Execute(long index, TimeSpan due, CancellationToken cancellationToken)
    {
        var (operation, query) = (index % 7) switch
        {
            0 => ("one word", $"q={_corpus.CommonWord()}"),
            1 => ("two words", $"q={_corpus.CommonWord()}+{_corpus.Verb()}"),
            2 => ("phrase", $"q=%22{Uri.EscapeDataString(_corpus.Phrase())}%22"),
            3 => ("words and filters", $"q={_corpus.CommonWord()}&open=true&priority=P1,P2&assignmentGroup={_corpus.Random.ArrayElement(SearchCorpus.Groups)}"),
            4 => ("filters only", $"open=false&assignmentGroup={_corpus.Random.ArrayElement(SearchCorpus.Groups)}&createdFrom={DateTimeOffset.UtcNow.AddDays(-90):yyyy-MM-dd}"),
            5 => ("a host or error code", $"q={_corpus.RareWord()}"),
            _ => ("number", $"q=INC{9_000_000 + _corpus.Random.Int(0, 999_999):D7}"),
        };
        return (operation, await _context.Send(HttpMethod.Get, $"api/search?{query}&limit=25", null, cancellationToken));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
