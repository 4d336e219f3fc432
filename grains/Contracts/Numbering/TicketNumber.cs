using System.Globalization;

namespace ItsmOrleans.Contracts.Numbering;

/// <summary>Formats ticket numbers: a prefix and seven digits.</summary>
public static class TicketNumber
{
    public const string IncidentPrefix = "INC";

    public const string ChangePrefix = "CHG";

    public const string MajorIncidentPrefix = "MIM";

    public const string ProblemPrefix = "PRB";

    public const string ServiceRequestPrefix = "REQ";

    public static string Format(string prefix, long value) =>
        prefix + value.ToString("D7", CultureInfo.InvariantCulture);
}
