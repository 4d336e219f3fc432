using System.Data.Common;
using ItsmOrleans.Hosting.Database;

namespace ItsmOrleans.Hosting.ReadModel;

/// <summary>Turns an <see cref="IncidentQuery"/> into the WHERE clause of the incidents table; every value is a parameter.</summary>
internal static class IncidentFilter
{
    /// <returns>" WHERE ..." or an empty string when nothing is filtered.</returns>
    public static string Where(DbCommand command, IncidentQuery query, long? afterNumberSequence)
    {
        var conditions = new List<string>();
        SqlConditions.AnyOf(command, conditions, "status", "status", query.Statuses.Select(status => (object)status.ToString()));
        SqlConditions.AnyOf(command, conditions, "priority", "priority", query.Priorities.Select(priority => (object)(int)priority));
        SqlConditions.AnyOf(command, conditions, "number", "number", (query.Numbers ?? []).Select(number => (object)number));
        SqlConditions.EqualTo(command, conditions, "service_id", "service_id", query.ServiceId);
        SqlConditions.EqualTo(command, conditions, "assignment_group", "assignment_group", query.AssignmentGroup);
        SqlConditions.EqualTo(command, conditions, "assignee", "assignee", query.Assignee);
        SqlConditions.EqualTo(command, conditions, "requester", "requester", query.Requester);
        if (query is { SlaPolicyId: { } policy, OrUnknownSlaPolicy: true })
        {
            conditions.Add("(sla_policy_id = @sla_policy_id OR sla_policy_id IS NULL)");
            command.WithParameter("sla_policy_id", policy);
        }
        else
        {
            SqlConditions.EqualTo(command, conditions, "sla_policy_id", "sla_policy_id", query.SlaPolicyId);
        }

        if (afterNumberSequence is { } after)
        {
            conditions.Add("number_seq < @after");
            command.WithParameter("after", after);
        }

        return conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
    }
}
