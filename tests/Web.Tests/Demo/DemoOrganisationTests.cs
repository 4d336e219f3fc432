using ItsmOrleans.Contracts.Demo;
using ItsmOrleans.Contracts.Security;
using ItsmOrleans.Web.Demo;
using ItsmOrleans.Web.Demo.Organisation;
using ItsmOrleans.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ItsmOrleans.Web.Tests.Demo;

/// <summary>--Demo=true on an empty database: a living organisation anyone can sign in to, seeded once.</summary>
[Collection(DemoTests.Name)]
public class DemoOrganisationTests(DemoHosts hosts, ITestOutputHelper output)
{
    private static readonly string[] NetworkRotation = ["ravi.menon", "sofia.lind", "demo-agent"];

    private HttpClient Admin => hosts.App.Http;

    [Fact]
    public void The_first_start_on_an_empty_database_seeds_the_organisation()
    {
        output.WriteLine($"Seeding took {hosts.FirstStart.Took.TotalSeconds:0.00} s; the API then listed {hosts.Seeded}");
        Assert.Equal(DemoSeedOutcome.Seeded, hosts.FirstStart.Outcome);
        Assert.True(hosts.FirstStart.Took > TimeSpan.Zero);
    }

    [Fact]
    public async Task Services_of_both_kinds_depend_on_each_other()
    {
        var services = await Admin.GetFromJsonAsync<JsonElement>("api/services");
        Assert.InRange(services.GetArrayLength(), 24, 60);
        Assert.Equal(["business", "technical"], services.EnumerateArray().Select(s => s.GetProperty("kind").GetString()).Distinct().Order());

        var shop = await Admin.GetFromJsonAsync<JsonElement>("api/services/web-shop");
        Assert.Contains("payment-gateway", shop.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("application-support", shop.GetProperty("supportGroup").GetString());
        Assert.Equal(1, shop.GetProperty("criticality").GetInt32());
        Assert.Equal("standard", shop.GetProperty("slaPolicyId").GetString());
        Assert.Equal("platform-critical", shop.GetProperty("escalationPolicyId").GetString());
    }

    [Theory]
    [InlineData(Role.Requester)]
    [InlineData(Role.Agent)]
    [InlineData(Role.Noc)]
    [InlineData(Role.ChangeManager)]
    [InlineData(Role.Admin)]
    public async Task A_demo_account_of_every_role_signs_in_with_the_documented_password(Role role)
    {
        var userName = DemoAccounts.OneFor(role);
        var me = await SignedIn(userName, $"{userName}-password");
        Assert.Equal(userName, me.GetProperty("name").GetString());
        Assert.Equal([RoleNames.Of(role)], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_people_of_the_organisation_sign_in_in_their_groups()
    {
        var me = await SignedIn("sofia.lind", "sofia.lind-password");
        Assert.Equal(["network-ops"], me.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        var requester = await Admin.GetFromJsonAsync<JsonElement>("api/admin/users/tom.becker");
        Assert.Equal("hannah.wolf", requester.GetProperty("manager").GetString());
    }

    [Fact]
    public async Task The_catalogue_offers_items_with_forms_and_approvals()
    {
        var items = (await Admin.GetFromJsonAsync<JsonElement>("api/catalog")).EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Superset(new HashSet<string?> { "laptop", "software-access", "vpn-access" }, items.Keys.ToHashSet<string?>());
        var vpn = items["vpn-access"];
        Assert.Equal("manager", vpn.GetProperty("approval").GetProperty("kind").GetString());
        Assert.NotEqual(0, vpn.GetProperty("fields").GetArrayLength());

        var requests = await Admin.GetFromJsonAsync<JsonElement>("api/requests");
        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("status").GetString() == "waitingForApproval");
        Assert.Contains(requests.EnumerateArray(), r => r.GetProperty("status").GetString() == "inFulfilment");
    }

    [Fact]
    public async Task An_escalation_policy_pages_an_on_call_rotation_that_names_who_is_on_call_now()
    {
        var policies = await Admin.GetFromJsonAsync<JsonElement>("api/escalation-policies");
        Assert.NotEqual(0, policies.GetArrayLength());
        var policy = await Admin.GetFromJsonAsync<JsonElement>("api/escalation-policies/network-critical");
        Assert.Contains(policy.GetProperty("levels")[0].GetProperty("targets").EnumerateArray(), t => t.GetProperty("kind").GetString() == "schedule");

        var onCall = await Admin.GetFromJsonAsync<JsonElement>("api/on-call-schedules/network-on-call/on-call");
        Assert.Contains(onCall.GetProperty("user").GetString(), NetworkRotation);
    }

    [Fact]
    public async Task Licences_have_seats_given_out_and_a_vendor_contract_covers_services()
    {
        var licences = await Admin.GetFromJsonAsync<JsonElement>("api/licences");
        Assert.Contains(licences.EnumerateArray(), l => l.GetProperty("used").GetInt32() > 0);
        Assert.Contains(licences.EnumerateArray(), l => l.GetProperty("compliance").GetString() == "over");

        var contracts = await Admin.GetFromJsonAsync<JsonElement>("api/vendor-contracts");
        Assert.Contains(contracts.EnumerateArray(), c => c.GetProperty("serviceIds").EnumerateArray().Any(s => s.GetString() == "payment-gateway"));
    }

    [Fact]
    public async Task The_integration_key_is_bound_to_a_service()
    {
        var marker = await hosts.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IDemoSeedMarkerGrain>(0).Get();
        var key = await Admin.GetFromJsonAsync<JsonElement>($"api/integrations/{marker!.IntegrationRoutingKey}");
        Assert.Equal("web-shop", key.GetProperty("serviceId").GetString());
    }

    [Fact]
    public async Task Incidents_open_and_closed_at_several_priorities_are_listed_with_a_major_incident_a_known_error_and_a_change_ahead()
    {
        var incidents = (await Admin.GetFromJsonAsync<JsonElement>("api/incidents?limit=200")).GetProperty("items").EnumerateArray().ToList();
        var statuses = incidents.Select(i => i.GetProperty("status").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "new", "assigned", "inProgress", "onHold", "resolved", "closed" }, statuses);
        Assert.Superset(new HashSet<string?> { "P1", "P2", "P3", "P4" }, incidents.Select(i => i.GetProperty("priority").GetString()).ToHashSet());

        var major = await Admin.GetFromJsonAsync<JsonElement>("api/major-incidents");
        Assert.Equal("active", Assert.Single(major.EnumerateArray()).GetProperty("status").GetString());
        var knownErrors = await Admin.GetFromJsonAsync<JsonElement>("api/known-errors");
        Assert.NotEqual(0, knownErrors.GetArrayLength());

        var now = DateTimeOffset.UtcNow;
        var calendar = await Admin.GetFromJsonAsync<JsonElement>($"api/changes/calendar?from={Instant(now)}&to={Instant(now.AddDays(14))}");
        Assert.Contains(calendar.GetProperty("changes").EnumerateArray(), c => c.GetProperty("status").GetString() == "scheduled");
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_adds_nothing()
    {
        Assert.Equal(DemoSeedOutcome.AlreadySeeded, hosts.SecondStart.Outcome);
        Assert.Equal(hosts.Seeded, await OrganisationCounts.Read(Admin));
    }

    [Fact]
    public async Task Finishing_an_interrupted_seeding_repeats_every_step_without_adding_anything()
    {
        // A restart after a crash runs every part again under the marker it began with; run them all on the seeded organisation.
        var grains = hosts.App.Services.GetRequiredService<IGrainFactory>();
        var marker = await grains.GetGrain<IDemoSeedMarkerGrain>(0).Get();
        var run = new DemoRun(DemoOrganisation.Load(), new DemoActors(grains), marker!);
        foreach (var part in hosts.App.Services.GetServices<IDemoPart>())
        {
            await part.Seed(run);
        }

        Assert.Equal(hosts.Seeded, await OrganisationCounts.Read(Admin));
    }

    private async Task<JsonElement> SignedIn(string userName, string password)
    {
        var (client, answer) = await Accounts.SignIn(hosts.App, userName, password);
        using (client)
        using (answer)
        {
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            return await client.GetFromJsonAsync<JsonElement>("api/me");
        }
    }

    private static string Instant(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
