namespace ItsmOrleans.Web.Apis;

/// <summary>GET /api/search: every kind of record the caller may read, from the search index, never from grains.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("Search").WithName("Search")
            .WithSummary("Find records by their words (web-search syntax: \"phrases\", OR, -excluded) and filters, paged by cursor; ?format=csv downloads every match")
            .RequireAuthorization(ItsmPolicies.ReadIncidents);
        return app;
    }

    private static async Task<Results<Ok<SearchPage>, CsvResult>> Search(HttpContext http, ISearchReadModel search, CancellationToken cancellationToken)
    {
        var (query, nothingVisible) = SearchRequest.Parse(http.Request.Query, CallerClaims.ToCaller(http.User));
        if (CsvFormat.IsRequested(http.Request))
        {
            return ListCsv.Search.Paged(http, "search.csv", async (after, ct) =>
            {
                if (nothingVisible)
                {
                    return ([], null);
                }

                var page = await search.Search(query with { Limit = SqlSearchIndex.MaxPageSize, After = after ?? query.After }, ct);
                return (page.Items, page.NextCursor);
            });
        }

        return TypedResults.Ok(nothingVisible ? new SearchPage([], null) : await search.Search(query, cancellationToken));
    }
}
