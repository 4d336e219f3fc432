namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>What a report's rows are per.</summary>
public enum ReportGrouping
{
    Priority = 1,
    Service = 2,
    AssignmentGroup = 3,
}
