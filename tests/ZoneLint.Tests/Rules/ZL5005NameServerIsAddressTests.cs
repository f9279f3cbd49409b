using ZoneLint.Model;
using ZoneLint.Rules.Delegation;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL5005NameServerIsAddressTests
{
    [Test]
    public void Reports_ns_targets_that_spell_addresses() => RuleTestHarness.Verify("ZL5005", """
        [|sub|] NS 192.0.2.1.
        sub NS ns.provider.example.
        [|rel|] NS 192.0.2.1
        rel NS ns.provider.example.
        [|v6|] NS 2001:db8::1.
        v6 NS ns.provider.example.
        """);

    [Test]
    public void Accepts_host_names_that_contain_digits() => RuleTestHarness.Verify("ZL5005", """
        a NS 10.provider.example.
        a NS 1.2.3.provider.example.
        b NS 300.1.1.1.
        b NS beef.provider.example.
        c NS 1.2.3.4.5.
        c NS cafe.
        """);

    [TestCase("192.0.2.1.", ".", "IPv4")]
    [TestCase("::1.", ".", "IPv6")]
    [TestCase("192.0.2.1.example.com.", "example.com.", "IPv4")]
    [TestCase("192.0.2.1.example.com.", ".", null)]
    [TestCase("256.0.0.1.", ".", null)]
    [TestCase("dead.beef.", ".", null)]
    public void Recognises_addresses(string name, string origin, string? expected) =>
        Assert.That(ZL5005NameServerIsAddress.AddressIn(DomainName.Parse(name), DomainName.Parse(origin)), Is.EqualTo(expected));
}
