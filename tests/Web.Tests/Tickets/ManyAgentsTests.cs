using ItsmOrleans.Contracts.Incidents;

namespace ItsmOrleans.Web.Tests.Tickets;

/// <summary>
/// Many agents on one ticket, each with its own room client, editing fields from what their room shows, commenting
/// and taking at random. Afterwards every acknowledged change is in the history exactly once, no field went back to
/// an older value, and every agent's view equals the stored ticket.
/// </summary>
[Collection(WebAppTests.Name)]
public class ManyAgentsTests(WebAppFixture app)
{
    private static readonly string[] Fields = ["title", "description", "urgency"];
    private static readonly string[] Urgencies = ["low", "medium", "high"];

    [Theory]
    [InlineData(2, 12, 1)]
    [InlineData(8, 6, 2)]
    [InlineData(50, 3, 3)]
    public async Task Every_acknowledged_edit_lands_once_and_every_view_ends_equal_to_the_stored_ticket(int agents, int operationsEach, int seed)
    {
        var incident = await app.Http.CreateIncident(IncidentRequests.NewIncident(title: $"Storm of edits {seed}"));
        var people = await Task.WhenAll(Enumerable.Range(0, agents).Select(async i =>
        {
            var key = await Accounts.CreateNamedApiKey(app, $"agent{i}-{incident.Number}", "agent");
            return (Http: app.CreateHttp(key), Room: await TicketRoomClient.Open(app, incident.Id, key));
        }));
        var acknowledged = new List<(string Kind, string Field, string Value)>();
        try
        {
            await Task.WhenAll(people.Select((person, i) => Work(person.Http, person.Room, incident.Id, i, operationsEach, new Random(seed * 1000 + i), acknowledged)));

            var stored = (await app.Http.GetFromJsonAsync<IncidentView>($"api/incidents/{incident.Id}", WireJson.Options))!;
            var history = (await app.Http.GetFromJsonAsync<List<HistoryEntry>>($"api/incidents/{incident.Id}/history", WireJson.Options))!;
            var comments = (await app.Http.GetFromJsonAsync<List<Comment>>($"api/incidents/{incident.Id}/comments", WireJson.Options))!;

            foreach (var (kind, field, value) in acknowledged)
            {
                if (kind == "comment")
                {
                    Assert.Single(comments, c => c.Text == value);
                }
                else
                {
                    Assert.Single(history.SelectMany(h => h.Changes), c => c.Field == field && c.New == value);
                }
            }

            Assert.Equal(Enumerable.Range(1, history.Count), history.Select(h => h.Sequence));
            foreach (var field in Fields)
            {
                var last = history.SelectMany(h => h.Changes).LastOrDefault(c => c.Field == field);
                if (last is not null)
                {
                    Assert.Equal(last.New, Current(stored, field));
                }
            }

            foreach (var (_, room) in people)
            {
                var view = await room.WaitFor(r => r.Incident?.Version == stored.Version && r.LastSequence == history.Count ? r.Incident : null, TimeSpan.FromSeconds(20), "The final version");
                Assert.Equal((stored.Title, stored.Description, stored.Urgency, stored.Assignee), (view.Title, view.Description, view.Urgency, view.Assignee));
                Assert.Equal(history.Select(h => h.Sequence), room.Timeline.Select(t => t.Entry.Sequence));
                Assert.Equal(0, room.Duplicates);
            }
        }
        finally
        {
            foreach (var (http, room) in people)
            {
                http.Dispose();
                await room.DisposeAsync();
            }
        }
    }

    private static string? Current(IncidentView view, string field) => field switch
    {
        "title" => view.Title,
        "description" => view.Description,
        _ => view.Urgency.ToString().ToLowerInvariant(),
    };

    /// <summary>One agent: edits from the version its room shows; on a conflict it keeps its own value and tries once more.</summary>
    private static async Task Work(HttpClient http, TicketRoomClient room, Guid id, int agent, int operations, Random random, List<(string, string, string)> acknowledged)
    {
        for (var op = 0; op < operations; op++)
        {
            switch (random.Next(3))
            {
                case 0:
                    var text = $"agent {agent} note {op}";
                    using (var comment = await http.PostAsJsonAsync($"api/incidents/{id}/comments", new { text, visibility = random.Next(2) == 0 ? "public" : "workNote" }))
                    {
                        await comment.EnsureStatus(HttpStatusCode.Created);
                    }

                    Record(acknowledged, ("comment", "", text));
                    break;
                case 1:
                    var field = Fields[random.Next(Fields.Length)];
                    var value = field == "urgency" ? Urgencies[random.Next(Urgencies.Length)] : $"{field} by agent {agent} op {op}";
                    for (var attempt = 0; attempt < 5; attempt++)
                    {
                        var version = room.Incident!.Version;
                        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/incidents/{id}") { Content = JsonContent.Create(new Dictionary<string, string> { [field] = value }) };
                        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
                        using var edit = await http.SendAsync(request);
                        if (edit.StatusCode == HttpStatusCode.Conflict)
                        {
                            var problem = await edit.Content.ReadFromJsonAsync<JsonElement>();
                            Assert.Equal(value, problem.GetProperty("conflicts")[0].GetProperty("yours").GetString());
                            await room.WaitFor(r => r.Incident!.Version >= problem.GetProperty("currentVersion").GetInt32() ? r : null, TimeSpan.FromSeconds(20), "The version the conflict named");
                            continue;
                        }

                        await edit.EnsureStatus(HttpStatusCode.OK);

                        // Urgency values repeat (a repeat changes nothing), so only the unique text values are traced one by one.
                        if (field != "urgency")
                        {
                            Record(acknowledged, ("edit", field, value));
                        }

                        break;
                    }

                    break;
                default:
                    using (var take = await http.PostAsync($"api/incidents/{id}/take", null))
                    {
                        Assert.True(take.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"take answered {take.StatusCode}");
                    }

                    break;
            }
        }
    }

    private static void Record(List<(string, string, string)> acknowledged, (string, string, string) change)
    {
        lock (acknowledged)
        {
            acknowledged.Add(change);
        }
    }
}
