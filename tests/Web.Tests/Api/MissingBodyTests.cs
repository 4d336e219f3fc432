using System.Text;

namespace ItsmOrleans.Web.Tests.Api;

/// <summary>An endpoint that takes a JSON object says so when the body is empty or null, in its own words.</summary>
[Collection(WebAppTests.Name)]
public class MissingBodyTests(WebAppFixture app)
{
    [Theory]
    [InlineData("POST", "api/incidents", "")]
    [InlineData("POST", "api/incidents", "null")]
    [InlineData("PUT", "api/services/missing-body", "")]
    [InlineData("PUT", "api/services/missing-body", "null")]
    [InlineData("POST", "api/changes", "")]
    [InlineData("POST", "api/changes", "null")]
    public async Task An_empty_or_null_body_is_a_400_saying_the_body_is_missing(string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        using var response = await app.Http.SendAsync(request);

        await AssertBodyMissing(response);
    }

    [Fact]
    public async Task A_request_without_any_body_is_told_the_same()
    {
        using var response = await app.Http.PostAsync(new Uri("api/incidents", UriKind.Relative), content: null);

        await AssertBodyMissing(response);
    }

    private static async Task AssertBodyMissing(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The request body is missing", problem.GetProperty("title").GetString());
        Assert.Equal(["A JSON body is required."], problem.GetProperty("errors").GetProperty("body").EnumerateArray().Select(e => e.GetString()));
    }
}
