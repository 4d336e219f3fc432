namespace ItsmOrleans.Web.Tests.Infrastructure;

public static class Health
{
    /// <summary>Polls GET /health until it answers 200, up to <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilHealthy(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var last = "no answer";
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{http.BaseAddress}health was not healthy within {timeout}; last answer {last}");
    }
}
