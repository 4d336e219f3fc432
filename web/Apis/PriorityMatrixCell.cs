using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Domain.Incidents;

namespace ItsmOrleans.Web.Apis;

/// <summary>One cell of the priority matrix: the priority an incident of this impact and urgency is given.</summary>
public sealed record PriorityMatrixCell(Impact Impact, Urgency Urgency, Priority Priority)
{
    /// <summary>Every cell, as <see cref="PriorityMatrix"/> computes it, so that forms show the priority the server will set.</summary>
    public static IReadOnlyList<PriorityMatrixCell> All { get; } =
    [
        .. from impact in Enum.GetValues<Impact>()
           from urgency in Enum.GetValues<Urgency>()
           select new PriorityMatrixCell(impact, urgency, PriorityMatrix.For(impact, urgency)),
    ];
}
