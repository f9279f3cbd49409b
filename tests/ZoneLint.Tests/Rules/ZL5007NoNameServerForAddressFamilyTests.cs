using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL5007NoNameServerForAddressFamilyTests
{
    private const string Head = """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600

        """;

    [Test]
    public void Reports_ipv6_addresses_with_ipv4_only_name_servers()
    {
        // BIND's checkzone warn.no-aaaa.server.db.
        var result = RuleTestHarness.Verify("ZL5007", Head + """
            [|@|] NS ns1
            @ NS ns2
            ns1 A 192.0.2.1
            ns2 A 192.0.2.2
            dualstack AAAA 2001:db8::1
            dualstack A 192.0.2.5
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL5007");
        Assert.That(finding.Severity, Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(finding.Message, Does.StartWith("the zone has AAAA records (such as 'dualstack.example.com.') but none of its name servers has an IPv6 address"));
    }

    [Test]
    public void Reports_ipv4_glue_with_ipv6_only_name_servers() => RuleTestHarness.Verify("ZL5007", Head + """
        [|@|] NS ns1
        @ NS ns2
        ns1 AAAA 2001:db8::1
        ns2 AAAA 2001:db8::2
        child NS ns1.child
        ns1.child A 192.0.2.9
        """);

    [Test]
    public void Accepts_a_family_served_by_one_of_the_servers() => RuleTestHarness.Verify("ZL5007", Head + """
        @ NS ns1
        @ NS ns2
        ns1 A 192.0.2.1
        ns2 AAAA 2001:db8::2
        www A 192.0.2.80
        www AAAA 2001:db8::80
        """);

    [Test]
    public void Accepts_an_ipv4_only_zone() => RuleTestHarness.Verify("ZL5007", Head + """
        @ NS ns1
        @ NS ns2
        ns1 A 192.0.2.1
        ns2 A 192.0.2.2
        www A 192.0.2.80
        """);

    [Test]
    public void Stays_silent_when_an_outside_server_cannot_be_looked_up() => RuleTestHarness.Verify("ZL5007", Head + """
        @ NS ns1
        @ NS ns.provider.example.
        ns1 A 192.0.2.1
        www AAAA 2001:db8::80
        """);

    [Test]
    public void Asks_the_resolver_about_outside_servers()
    {
        const string zone = Head + """
            [|@|] NS ns1.provider.example.
            @ NS ns2.provider.example.
            www AAAA 2001:db8::80
            """;
        // The scripted resolver answers A with the address and AAAA with no data.
        var v4Only = new ScriptedResolver().Address("ns1.provider.example.", "192.0.2.53").Address("ns2.provider.example.", "198.51.100.53");
        RuleTestHarness.Verify("ZL5007", zone, linter: v4Only.Linter());
        Assert.That(v4Only.Questions.Select(q => (q.Name.ToString(), q.Type)), Does.Contain(("ns2.provider.example.", RRType.AAAA)));
    }
}
