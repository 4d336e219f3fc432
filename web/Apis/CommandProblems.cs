namespace ItsmOrleans.Web.Apis;

/// <summary>The problem answers every group of record endpoints documents: bad input, not signed in, not allowed, not found, stale version.</summary>
public static class CommandProblems
{
    public static TBuilder ProducesCommandProblems<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder =>
        endpoints.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
