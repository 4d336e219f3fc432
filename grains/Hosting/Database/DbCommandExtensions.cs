using System.Data.Common;

namespace ItsmOrleans.Hosting.Database;

/// <summary>Named parameters that both Npgsql and Microsoft.Data.Sqlite bind from "@name" in the SQL text.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand WithParameter(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
