using Microsoft.AspNetCore.SignalR;

namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>The hub's refusal of a call, as the client reports it (a stream wraps it in the closing of its channel).</summary>
public static class HubRefusal
{
    public static async Task<HubException> Of(Func<Task> call)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(call);
        for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is HubException refusal)
            {
                return refusal;
            }
        }

        throw new Xunit.Sdk.XunitException($"Expected the hub to refuse the call, but it failed with {failure}");
    }
}
