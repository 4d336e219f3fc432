using System.Text;

namespace ItsmOrleans.Web.Tests.Api;

[Collection(WebAppTests.Name)]
public class BadInputTests(WebAppFixture app)
{
    public static TheoryData<string, string> BadCreates => new()
    {
        { """{"description":"x","impact":"high","urgency":"high","requester":"bob"}""", "title" },
        { """{"title":"x","impact":"huge","urgency":"high","requester":"bob"}""", "impact" },
        { """{"title":"x","impact":"high","urgency":3,"requester":"bob"}""", "urgency" },
        { """{"title":"x","impact":"high","urgency":"2","requester":"bob"}""", "urgency" },
        { "{\"title\":\"x\",\"impact\":\"high\",\"urgency\":\"high\",\"requester\":\"bob" + new string('x', 101) + "\"}", "requester" },
        { """{"title":"x","impact":"high","urgency":"high","requester":"bob","priority":"P1"}""", "priority" },
        { """{"title":"x","impact":"high","urgency":"high","requester":"bob","slaPolicy":"platinum"}""", "slaPolicy" },
        { "{\"title\":\"" + new string('x', 201) + "\",\"impact\":\"high\",\"urgency\":\"high\",\"requester\":\"bob\"}", "title" },
        { """{"title":"bell\u0007","impact":"high","urgency":"high","requester":"bob"}""", "title" },
        { """{"title":"x","impact":"high",""", "body" },
        { "[1,2,3]", "body" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task A_bad_create_gets_a_400_problem_naming_the_field_and_writes_nothing(string body, string field)
    {
        var marker = "bad-input-" + Guid.NewGuid().ToString("N");
        var content = body.Replace("\"bob\"", $"\"{marker}\"", StringComparison.Ordinal);

        using var response = await app.Http.PostAsync("api/incidents", new StringContent(content, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
        var everything = await app.Http.GetFromJsonAsync<JsonElement>("api/incidents?limit=200");
        Assert.DoesNotContain(everything.GetProperty("items").EnumerateArray(), i => i.GetProperty("requester").GetString() == marker);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        var huge = "{\"title\":\"x\",\"description\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
        // As a well-behaved client sends a large body: it waits for the server's go-ahead, so the refusal arrives
        // before the upload (otherwise the server may close the socket while the body is still being written).
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/incidents") { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        using var response = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("api/incidents?status=sleeping", "status")]
    [InlineData("api/incidents?priority=P9", "priority")]
    [InlineData("api/incidents?limit=0", "limit")]
    [InlineData("api/incidents?after=not-a-cursor", "after")]
    [InlineData("api/incidents?colour=red", "colour")]
    public async Task A_bad_list_query_gets_a_400_naming_the_parameter(string url, string field)
    {
        using var response = await app.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_malformed_if_match_is_a_400_not_a_silent_overwrite()
    {
        var view = await app.Http.CreateIncident(IncidentRequests.NewIncident());
        using var response = await app.Http.Send(HttpMethod.Post, $"api/incidents/{view.Id}/assignment", new { assignee = "alice" }, "\"abc\"");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
