using System.Threading.Channels;
using ItsmOrleans.Web.Boards;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ItsmOrleans.Web.Tests.Security;

public class RateLimitTests(RateLimitedWebAppFixture app) : IClassFixture<RateLimitedWebAppFixture>
{
    [Fact]
    public async Task A_caller_over_its_limit_gets_429_with_retry_after_and_never_a_silent_drop()
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 12; i++)
        {
            answers.Add(await app.Http.GetAsync("api/incidents?limit=1"));
        }

        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.All(refused, a => Assert.True(a.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1)));
        var problem = await refused[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task Hub_calls_over_the_connection_limit_are_refused_with_an_error_that_says_when_to_retry()
    {
        await using var connection = await app.ConnectHub();
        var errors = new List<Exception>();
        for (var i = 0; i < 6; i++)
        {
            try
            {
                var stream = await connection.StreamAsChannelAsync<BoardMessage>("SubscribeBoard", BoardScope.All);
                await stream.ReadAsync();
            }
            catch (HubException exception)
            {
                errors.Add(exception);
            }
            catch (ChannelClosedException exception) when (exception.InnerException is HubException refused)
            {
                errors.Add(refused);
            }
        }

        Assert.NotEmpty(errors);
        Assert.Contains("retry after", errors[0].Message, StringComparison.Ordinal);
    }
}
