namespace ItsmOrleans.Web.Reports;

/// <summary>
/// The filters a report applies and the groupings it offers: what its facts carry. Anything else asked of it is a
/// 400, never a filter silently dropped or a report silently emptied.
/// </summary>
public sealed record ReportParameters(IReadOnlyList<string> Filters, IReadOnlyList<ReportGrouping> Groupings)
{
    public const string Priority = "priority";
    public const string Service = "service";
    public const string AssignmentGroup = "assignmentGroup";

    /// <summary>Incident facts carry a priority, a service and a group.</summary>
    public static ReportParameters Incidents { get; } =
        new([Priority, Service, AssignmentGroup], [ReportGrouping.Priority, ReportGrouping.Service, ReportGrouping.AssignmentGroup]);

    /// <summary>The backlog's rows are ages: it is filtered, not grouped.</summary>
    public static ReportParameters Backlog { get; } = new([Priority, Service, AssignmentGroup], []);

    /// <summary>Changes carry a service only.</summary>
    public static ReportParameters Changes { get; } = new([Service], [ReportGrouping.Service]);

    /// <summary>Problems carry a service and a group, no priority.</summary>
    public static ReportParameters Problems { get; } = new([Service, AssignmentGroup], [ReportGrouping.Service, ReportGrouping.AssignmentGroup]);
}
