using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Contracts.Licences;
using ItsmOrleans.Contracts.Notices;

namespace ItsmOrleans.Grains.Tests.Licences;

[Collection(ClusterTests.Name)]
public class LicenceGrainTests(ClusterFixture fixture)
{
    private static readonly CommandContext Admin = new(Callers.Admin("admin"));
    private static readonly CommandContext Agent = new(Callers.Agent("alice"));

    [Fact]
    public async Task Assigning_past_the_entitlement_raises_a_board_notice_and_unassigning_settles_it()
    {
        var board = await fixture.ConnectBoardHost();
        var id = $"visio-{Guid.NewGuid():N}"[..14];
        var licence = fixture.Client.GetGrain<ILicenceGrain>(id);
        await licence.Define(Admin, new DefineLicence("Visio Plan 2", "Microsoft", 2));
        await licence.Assign(Agent, "ann");
        var at = await licence.Assign(Agent, "bob");
        Assert.Equal(LicenceCompliance.At, at.Compliance);

        var over = await licence.Assign(Agent, "cid");

        Assert.Equal(LicenceCompliance.Over, over.Compliance);
        var raised = await board.WaitForNotice(n => n.Key == $"licence:{id}" && n.Active, TimeSpan.FromSeconds(10));
        Assert.Equal(NoticeKind.LicenceOverused, raised.Kind);
        Assert.Contains("3 seats assigned, 2 entitled", raised.Text, StringComparison.Ordinal);

        var back = await licence.Unassign(Agent, "ANN");
        Assert.Equal(LicenceCompliance.At, back.Compliance);
        await board.WaitForNotice(n => n.Key == $"licence:{id}" && !n.Active, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Assigning_the_same_person_twice_uses_one_seat_and_only_admins_change_the_terms()
    {
        var licence = fixture.Client.GetGrain<ILicenceGrain>($"acrobat-{Guid.NewGuid():N}"[..16]);
        await licence.Define(Admin, new DefineLicence("Acrobat Pro", "Adobe", 5));
        await licence.Assign(Agent, "ann");
        var again = await licence.Assign(Agent, "Ann ");
        Assert.Equal(1, again.Used);
        await Assert.ThrowsAsync<ForbiddenException>(() => licence.Define(Agent, new DefineLicence("Acrobat Pro", "Adobe", 50)));
        await Assert.ThrowsAsync<VersionConflictException>(() => licence.Define(Admin with { ExpectedVersion = 1 }, new DefineLicence("Acrobat Pro", "Adobe", 50)));
    }
}
