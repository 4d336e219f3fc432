using ItsmOrleans.Domain.Search;

namespace ItsmOrleans.Grains.Search;

/// <summary>
/// Keeps the search index in step with the grains. Implementations must be idempotent and ignore a document older
/// than the one stored (compare <see cref="SearchDocument.Revision"/>).
/// </summary>
public interface ISearchProjection
{
    Task Upsert(SearchDocument document, CancellationToken cancellationToken);
}
