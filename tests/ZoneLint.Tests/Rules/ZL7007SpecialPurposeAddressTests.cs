using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7007SpecialPurposeAddressTests
{
    private const string Zone = """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1.provider.example. hostmaster 1 7200 3600 1209600 3600
        @ NS ns1.provider.example.
        @ NS ns2.provider.example.

        """;

    private static readonly LintOptions Enabled =
        LintOptions.Default with { RuleSeverities = LintOptions.Default.RuleSeverities.SetItem("ZL7007", RuleSeverity.Warning) };

    [Test]
    public void Reports_special_purpose_addresses_when_enabled() => RuleTestHarness.Verify(
        "ZL7007",
        Zone + """
        [|a|] A 10.1.2.3
        [|b|] A 172.31.255.255
        c A 172.32.0.1
        [|d|] A 192.0.2.7
        [|e|] AAAA fd00::1
        f AAAA 2606:4700::1111
        [|g|] AAAA ::1
        [|h|] A 127.0.0.1
        [|i|] A 100.64.0.1
        j A 100.128.0.1
        [|k|] AAAA 2001:db8::5
        [|l|] A 255.255.255.255
        [|m|] AAAA fe80::1
        n A 8.8.8.8
        [|o|] AAAA ::ffff:10.0.0.1
        """,
        Enabled);

    [Test]
    public void Is_off_by_default() => RuleTestHarness.Verify("ZL7007", Zone + """
        a A 10.1.2.3
        """);

    [Test]
    public void Message_names_the_block()
    {
        var result = RuleTestHarness.Verify(
            "ZL7007",
            Zone + """
            [|a|] A 192.168.1.1
            """,
            Enabled);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL7007").Message, Is.EqualTo("A address 192.168.1.1 is in private address space (192.168.0.0/16, RFC 1918): it is not reachable on the public Internet"));
    }
}
