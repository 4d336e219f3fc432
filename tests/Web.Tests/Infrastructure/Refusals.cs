namespace ItsmOrleans.Web.Tests.Infrastructure;

/// <summary>What a client sees of a refused request: a 400 problem whose errors name the field and what was wrong with it.</summary>
public static class Refusals
{
    /// <summary>Asserts a 400 application/problem+json whose errors name <paramref name="field"/> with a message quoting <paramref name="value"/>.</summary>
    public static async Task<JsonElement> AssertRefused(this HttpResponseMessage response, string field, string value)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"errors should name '{field}': {problem}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains($"'{value}'", StringComparison.Ordinal));
        return problem;
    }
}
