using System.Data.Common;
using System.Globalization;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>WHERE conditions of the read models' filters; every value is a parameter.</summary>
internal static class SqlConditions
{
    /// <summary>"column IN (@name0, @name1, …)" for the distinct values, nothing when there are none.</summary>
    public static void AnyOf(DbCommand command, List<string> conditions, string column, string name, IEnumerable<object>? values)
    {
        var names = new List<string>();
        foreach (var value in values?.Distinct() ?? [])
        {
            var parameter = name + names.Count.ToString(CultureInfo.InvariantCulture);
            names.Add("@" + parameter);
            command.WithParameter(parameter, value);
        }

        if (names.Count > 0)
        {
            conditions.Add($"{column} IN ({string.Join(", ", names)})");
        }
    }

    /// <summary>"column = @name", nothing when the value is null or empty.</summary>
    public static void EqualTo(DbCommand command, List<string> conditions, string column, string name, object? value)
    {
        if (value is not null and not "")
        {
            conditions.Add($"{column} = @{name}");
            command.WithParameter(name, value);
        }
    }
}
