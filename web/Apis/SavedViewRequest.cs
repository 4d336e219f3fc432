using ItsmOrleans.Contracts.Views;
using Microsoft.AspNetCore.WebUtilities;

namespace ItsmOrleans.Web.Apis;

/// <summary>The body of POST /api/views and PUT /api/views/{id}: a search saved under a name.</summary>
/// <param name="Query">The search as GET /api/search takes it, without paging or sort (<c>q=mail&amp;open=true</c>).</param>
public sealed record SavedViewRequest(
    string? Name,
    string? Query,
    string? Sort = null,
    IReadOnlyList<string>? Columns = null,
    IReadOnlyList<string>? SharedWith = null,
    int? Version = null) : IVersionedRequest
{
    private static readonly string[] NotSaved = ["after", "limit", "format", "sort"];

    /// <summary>The definition, once the query is a search the caller could run; its problems are named under "query".</summary>
    public SavedViewDefinition ToDefinition(Caller caller)
    {
        var query = (Query ?? "").Trim().TrimStart('?');
        var errors = new FieldErrors();
        if (query.Length <= Domain.Views.SavedViewRules.MaxQuery)
        {
            var parameters = new QueryCollection(QueryHelpers.ParseQuery(query));
            foreach (var key in parameters.Keys.Where(k => NotSaved.Contains(k, StringComparer.Ordinal)))
            {
                errors.Add("query", key == "sort" ? "Give the sort in 'sort', not in the query." : $"'{key}' is not saved with a view; the view keeps the search only.");
            }

            try
            {
                SearchRequest.Parse(parameters, caller);
            }
            catch (DomainValidationException invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    Array.ForEach(messages, m => errors.Add("query", $"{field}: {m}"));
                }
            }
        }

        errors.ThrowIfAny();
        return new SavedViewDefinition(Name ?? "", query, Sort, Columns ?? [], SharedWith ?? []);
    }
}
