using System.Globalization;
using ItsmOrleans.Contracts.Incidents;
using ItsmOrleans.Contracts.Naming;

namespace ItsmOrleans.Domain.Incidents;

/// <summary>Builds the old → new list of a history entry, skipping fields whose value did not change.</summary>
public sealed class FieldChangeList : List<FieldChange>
{
    public void Track<T>(string field, T old, T @new)
    {
        if (!EqualityComparer<T>.Default.Equals(old, @new))
        {
            Add(new FieldChange(field, Format(old), Format(@new)));
        }
    }

    public static string? Format<T>(T value) => value switch
    {
        null => null,
        Priority p => p.ToString(),
        Enum e => WireName.Of(e),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
