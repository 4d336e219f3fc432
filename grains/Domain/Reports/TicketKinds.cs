namespace ItsmOrleans.Domain.Reports;

/// <summary>The kinds of ticket in the history.</summary>
public static class TicketKinds
{
    public const string Incident = "incident";
    public const string Change = "change";
    public const string Problem = "problem";
}
