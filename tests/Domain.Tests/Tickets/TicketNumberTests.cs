using ItsmOrleans.Contracts.Numbering;

namespace ItsmOrleans.Domain.Tests.Tickets;

public class TicketNumberTests
{
    [Theory]
    [InlineData("INC0000007", "INC0000007")]
    [InlineData("inc7", "INC0000007")]
    [InlineData(" CHG00000012 ", "CHG0000012")]
    [InlineData("REQ12345678", "REQ12345678")]
    public void A_quoted_number_reads_as_the_hub_writes_it(string quoted, string number)
    {
        Assert.Equal(number, TicketNumber.Normalize(quoted));
    }

    [Theory]
    [InlineData("INC")]
    [InlineData("IN7")]
    [InlineData("INC-7")]
    [InlineData("INC1234567890123456789")]
    [InlineData("")]
    public void Text_that_is_not_a_number_reads_as_none(string text)
    {
        Assert.Null(TicketNumber.Normalize(text));
    }
}
