using ItsmOrleans.Web.Boards;

namespace ItsmOrleans.Web.Tests.Boards;

/// <summary>How often a host sends deltas: every 25 ms until its clients would take more sends than it allows, then less often.</summary>
public class BoardTickTests
{
    [Theory]
    [InlineData(1, 25)]
    [InlineData(500, 25)]
    [InlineData(1000, 50)]
    [InlineData(5000, 250)]
    public void Ticks_lengthen_once_the_clients_would_take_more_than_the_allowed_sends_a_second(int clients, int milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), new BoardFeedOptions().Tick(clients));
    }

    [Fact]
    public void Without_a_limit_every_tick_is_the_shortest()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(25), new BoardFeedOptions { MaxSendsPerSecond = 0 }.Tick(5000));
    }
}
