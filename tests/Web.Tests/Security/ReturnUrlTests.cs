using ItsmOrleans.Contracts.Common;
using ItsmOrleans.Web.Security;

namespace ItsmOrleans.Web.Tests.Security;

/// <summary>The one rule for where sign-in may send the browser afterwards.</summary>
public class ReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/changes.html")]
    [InlineData("/?group=network-ops")]
    [InlineData("/ticket.html?id=1#comments")]
    [InlineData("/a/b\\c")]
    public void A_path_of_this_site_is_followed(string url) => Assert.Equal(url, ReturnUrl.LocalOrHome(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_return_url_goes_home(string? url) => Assert.Equal("/", ReturnUrl.LocalOrHome(url));

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("/board.html\0")]
    [InlineData("\\\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.example")]
    [InlineData(" /board.html")]
    public void Anything_a_browser_could_read_as_another_site_is_refused_naming_the_field(string url)
    {
        var refused = Assert.Throws<DomainValidationException>(() => ReturnUrl.LocalOrHome(url));
        Assert.Equal(["returnUrl"], refused.Errors.Keys);
    }

    [Fact]
    public void An_overlong_return_url_is_refused() =>
        Assert.NotNull(ReturnUrl.Problem("/" + new string('a', ReturnUrl.MaxLength)));
}
