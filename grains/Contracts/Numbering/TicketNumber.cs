using System.Globalization;

namespace ItsmOrleans.Contracts.Numbering;

/// <summary>Formats and reads ticket numbers: a prefix of three letters and seven digits (more once seven run out).</summary>
public static class TicketNumber
{
    public const string IncidentPrefix = "INC";

    public const string ChangePrefix = "CHG";

    public const string MajorIncidentPrefix = "MIM";

    public const string ProblemPrefix = "PRB";

    public const string ServiceRequestPrefix = "REQ";

    public const string RiskPrefix = "RSK";

    public const string ContinuityPlanPrefix = "BCP";

    public static string Format(string prefix, long value) =>
        prefix + value.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number as people quote it, in the form the hub writes it: "inc7" and "INC0000007" are both INC0000007. Null when
    /// the text is not three letters and up to 18 digits.
    /// </summary>
    public static string? Normalize(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is < 4 or > 21 || !trimmed[..3].All(char.IsAsciiLetter) || !trimmed[3..].All(char.IsAsciiDigit))
        {
            return null;
        }

        return Format(trimmed[..3].ToUpperInvariant(), long.Parse(trimmed[3..], NumberStyles.None, CultureInfo.InvariantCulture));
    }
}
