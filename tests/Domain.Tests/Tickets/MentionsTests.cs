using ItsmOrleans.Domain.Tickets;

namespace ItsmOrleans.Domain.Tests.Tickets;

public class MentionsTests
{
    [Fact]
    public void A_note_names_people_once_each_without_its_author_or_email_addresses()
    {
        var named = Mentions.In("@ann can you check with @Bob.Lee, cc bob@example.com? Thanks @ANN and @carl:", "carl");
        Assert.Equal(["ann", "Bob.Lee"], named);
    }

    [Fact]
    public void Api_key_callers_are_named_with_their_prefix()
    {
        Assert.Equal(["key:nightly-import"], Mentions.In("Failing again, @key:nightly-import.", "ann"));
    }

    [Fact]
    public void A_note_without_mentions_or_with_a_bare_at_sign_names_nobody()
    {
        Assert.Empty(Mentions.In("Meet @ 10:00 in room 4", "ann"));
    }

    [Fact]
    public void At_most_twenty_people_are_told_of_one_note()
    {
        Assert.Equal(Mentions.MaxPerNote, Mentions.In(string.Join(' ', Enumerable.Range(0, 30).Select(i => $"@user{i}")), "ann").Count);
    }
}
