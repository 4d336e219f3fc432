using System.Reflection;
using System.Threading.Channels;
using ItsmOrleans.Web.Boards;
using ItsmOrleans.Web.Hubs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>Every method of the operations hub, read from the hub type, and how a client calls each.</summary>
public static class HubCalls
{
    /// <summary>The methods clients call (the hub's connection events are not among them).</summary>
    public static List<MethodInfo> Methods() =>
        [.. typeof(OperationsHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetBaseDefinition().DeclaringType == typeof(OperationsHub))];

    public static bool IsStream(MethodInfo method)
    {
        var returned = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0]
            : method.ReturnType;
        return returned.IsGenericType && returned.GetGenericTypeDefinition() == typeof(ChannelReader<>);
    }

    /// <summary>Opens a stream method as the pages do, its frames as JSON; <paramref name="incidentId"/> is the ticket a ticket stream follows.</summary>
    public static Task<ChannelReader<JsonElement>> Open(HubConnection connection, MethodInfo method, Guid incidentId) =>
        method.Name switch
        {
            nameof(OperationsHub.SubscribeBoard) => connection.StreamAsChannelAsync<JsonElement>(method.Name, BoardScope.All),
            nameof(OperationsHub.SubscribeChangeCalendar) => connection.StreamAsChannelAsync<JsonElement>(
                method.Name, new ChangeCalendarRange(DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddDays(60))),
            nameof(OperationsHub.SubscribeTicket) => connection.StreamAsChannelAsync<JsonElement>(method.Name, incidentId, 0),
            _ when ClientParameters(method).Count == 0 => connection.StreamAsChannelAsync<JsonElement>(method.Name),
            _ => throw new InvalidOperationException($"Tests do not know how to open {method.Name} yet; teach HubCalls."),
        };

    /// <summary>What a client sends: the hub takes its live feed from the host's services and the cancellation from SignalR.</summary>
    private static List<ParameterInfo> ClientParameters(MethodInfo method) =>
        [.. method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken) && p.GetCustomAttribute<FromServicesAttribute>() is null)];

    /// <summary>Calls a method that answers nothing, as the pages do.</summary>
    public static Task Invoke(HubConnection connection, MethodInfo method, Guid incidentId) =>
        method.Name switch
        {
            nameof(OperationsHub.ReportPresence) => connection.InvokeAsync(method.Name, incidentId, "viewing", null),
            nameof(OperationsHub.LeaveTicket) => connection.InvokeAsync(method.Name, incidentId),
            _ => throw new InvalidOperationException($"Tests do not know how to call {method.Name} yet; teach HubCalls."),
        };

    /// <summary>The kind of a stream frame (snapshot, delta, ...).</summary>
    public static BoardMessageKind KindOf(JsonElement frame) =>
        JsonSerializer.Deserialize<BoardMessageKind>(frame.GetProperty("kind").GetRawText(), WireJson.Options);
}
