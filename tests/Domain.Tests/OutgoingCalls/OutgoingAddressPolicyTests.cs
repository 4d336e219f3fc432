using System.Net;
using ItsmOrleans.Grains.OutgoingCalls;

namespace ItsmOrleans.Domain.Tests.OutgoingCalls;

public class OutgoingAddressPolicyTests
{
    private const string Setting = "Webhooks:AllowedPrivateNetworks";
    private const string Loopback = "a loopback address";
    private const string Private = "a private address";
    private const string LinkLocal = "a link-local address";
    private const string Multicast = "a multicast address";

    private static readonly OutgoingAddressPolicy NothingAllowed = new([], Setting);

    [Theory]
    [InlineData("0.0.0.0", "a \"this network\" address")]
    [InlineData("0.255.255.255", "a \"this network\" address")]
    [InlineData("10.0.0.1", Private)]
    [InlineData("10.255.255.255", Private)]
    [InlineData("100.64.0.1", "a carrier-grade NAT address")]
    [InlineData("100.127.255.254", "a carrier-grade NAT address")]
    [InlineData("127.0.0.1", Loopback)]
    [InlineData("127.255.255.254", Loopback)]
    [InlineData("169.254.169.254", LinkLocal)]
    [InlineData("172.16.0.1", Private)]
    [InlineData("172.31.255.254", Private)]
    [InlineData("192.168.1.1", Private)]
    [InlineData("198.18.0.1", "a benchmarking address")]
    [InlineData("198.19.255.254", "a benchmarking address")]
    [InlineData("224.0.0.1", Multicast)]
    [InlineData("239.255.255.250", Multicast)]
    [InlineData("240.0.0.1", "a reserved address")]
    [InlineData("255.255.255.254", "a reserved address")]
    [InlineData("255.255.255.255", "the broadcast address")]
    [InlineData("::", "the unspecified address")]
    [InlineData("::1", Loopback)]
    [InlineData("fc00::1", "a private (unique local) address")]
    [InlineData("fd12:3456:789a::1", "a private (unique local) address")]
    [InlineData("fe80::1", LinkLocal)]
    [InlineData("febf:ffff::1", LinkLocal)]
    [InlineData("ff02::1", Multicast)]
    [InlineData("::ffff:127.0.0.1", "a loopback address (127.0.0.1 inside IPv6)")]
    [InlineData("::ffff:169.254.169.254", "a link-local address (169.254.169.254 inside IPv6)")]
    [InlineData("::ffff:192.168.0.10", "a private address (192.168.0.10 inside IPv6)")]
    [InlineData("64:ff9b::10.1.2.3", "a private address (10.1.2.3 inside IPv6)")]
    public void An_internal_address_is_refused_naming_the_kind_of_network_it_is_in(string address, string kind) =>
        Assert.Equal(new AddressRefusal(IPAddress.Parse(address), kind), NothingAllowed.Judge(IPAddress.Parse(address)));

    [Theory]
    [InlineData("1.1.1.1")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.167.255.255")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("fbff:ffff::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::8.8.8.8")]
    public void A_public_address_is_allowed(string address) =>
        Assert.Null(NothingAllowed.Judge(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.20.0.1", true)]
    [InlineData("10.20.255.254", true)]
    [InlineData("::ffff:10.20.3.4", true)]
    [InlineData("64:ff9b::10.20.3.4", true)]
    [InlineData("::1", true)]
    [InlineData("10.21.0.1", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("fd00::1", false)]
    public void Only_the_ranges_on_the_allow_list_are_let_through(string address, bool allowed)
    {
        var policy = new OutgoingAddressPolicy([IPNetwork.Parse("10.20.0.0/16"), IPNetwork.Parse("::1/128")], Setting);

        Assert.Equal(allowed, policy.Judge(IPAddress.Parse(address)) is null);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook", "127.0.0.1")]
    [InlineData("http://2130706433/hook", "127.0.0.1")]
    [InlineData("http://0x7f000001/hook", "127.0.0.1")]
    [InlineData("http://[::1]:8080/hook", "::1")]
    [InlineData("http://[::ffff:10.0.0.1]/hook", "::ffff:10.0.0.1")]
    [InlineData("http://[fe80::1%25eth0]/hook", "fe80::1")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254")]
    [InlineData("http://localhost:8080/hook", "127.0.0.1")]
    [InlineData("http://LocalHost./hook", "127.0.0.1")]
    [InlineData("http://chat.localhost/hook", "127.0.0.1")]
    public void A_url_naming_an_internal_address_outright_is_refused_without_asking_dns(string url, string address) =>
        Assert.Equal(IPAddress.Parse(address), NothingAllowed.JudgeWithoutLookup(new Uri(url))?.Address);

    [Theory]
    [InlineData("https://chat.example/hooks/itsm")]
    [InlineData("http://127.0.0.1.nip.io/hook")]
    [InlineData("https://93.184.215.14/hook")]
    public void A_name_or_a_public_address_is_left_for_the_connection_to_judge(string url) =>
        Assert.Null(NothingAllowed.JudgeWithoutLookup(new Uri(url)));

    [Fact]
    public void Localhost_is_allowed_when_either_loopback_range_is()
    {
        var policy = new OutgoingAddressPolicy([IPNetwork.Parse("127.0.0.0/8")], Setting);

        Assert.Null(policy.JudgeWithoutLookup(new Uri("http://localhost:8080/hook")));
    }
}
