using ItsmOrleans.Domain.Groups;

namespace ItsmOrleans.Domain.Tests.Groups;

public class GroupMembersTests
{
    [Fact]
    public void A_group_exists_in_any_letter_case_while_some_source_is_in_it()
    {
        var members = new GroupMembers();
        members.Add(["Network-Ops"]);
        members.Add(["network-ops", "dba"]);

        members.Remove(["network-ops"]);
        Assert.True(members.Exists("NETWORK-OPS"));

        members.Remove(["Network-Ops"]);
        Assert.False(members.Exists("network-ops"));
        Assert.True(members.Exists("dba"));
    }

    [Fact]
    public void A_sources_groups_are_kept_trimmed_once_each_without_blanks()
    {
        Assert.Equal(["dba", "Network"], GroupMembers.Clean([" dba ", "", null, "Network", "network"]));
    }

    [Fact]
    public void The_groups_are_named_as_their_first_source_spelt_them_in_alphabetical_order()
    {
        var members = new GroupMembers();
        members.Add(["network", "DBA"]);
        members.Add(["Network", "apps"]);

        Assert.Equal(["apps", "DBA", "network"], members.Names());
    }
}
