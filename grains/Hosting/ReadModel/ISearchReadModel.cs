namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Searches the index of every kind of record; never activates grains.</summary>
public interface ISearchReadModel
{
    Task<SearchPage> Search(SearchQuery query, CancellationToken cancellationToken);
}
