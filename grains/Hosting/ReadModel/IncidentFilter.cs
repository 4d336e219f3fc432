using System.Data.Common;
using System.Globalization;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Turns an <see cref="IncidentQuery"/> into the WHERE clause of the incidents table; every value is a parameter.</summary>
internal static class IncidentFilter
{
    /// <returns>" WHERE ..." or an empty string when nothing is filtered.</returns>
    public static string Where(DbCommand command, IncidentQuery query, long? afterNumberSequence)
    {
        var conditions = new List<string>();
        AnyOf(command, conditions, "status", query.Statuses.Select(status => (object)status.ToString()));
        AnyOf(command, conditions, "priority", query.Priorities.Select(priority => (object)(int)priority));
        AnyOf(command, conditions, "number", (query.Numbers ?? []).Select(number => (object)number));
        EqualTo(command, conditions, "service_id", query.ServiceId);
        EqualTo(command, conditions, "assignment_group", query.AssignmentGroup);
        EqualTo(command, conditions, "assignee", query.Assignee);
        EqualTo(command, conditions, "requester", query.Requester);
        if (afterNumberSequence is { } after)
        {
            conditions.Add("number_seq < @after");
            command.WithParameter("after", after);
        }

        return conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
    }

    private static void AnyOf(DbCommand command, List<string> conditions, string column, IEnumerable<object> values)
    {
        var names = new List<string>();
        foreach (var value in values.Distinct())
        {
            var name = column + names.Count.ToString(CultureInfo.InvariantCulture);
            names.Add("@" + name);
            command.WithParameter(name, value);
        }

        if (names.Count > 0)
        {
            conditions.Add($"{column} IN ({string.Join(", ", names)})");
        }
    }

    private static void EqualTo(DbCommand command, List<string> conditions, string column, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            conditions.Add($"{column} = @{column}");
            command.WithParameter(column, value);
        }
    }
}
