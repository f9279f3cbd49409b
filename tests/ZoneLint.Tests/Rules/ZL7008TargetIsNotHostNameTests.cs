using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL7008TargetIsNotHostNameTests
{
    [Test]
    public void Reports_srv_ns_and_service_mode_targets() => RuleTestHarness.Verify("ZL7008", """
        [|_sip._tcp|]  SRV  0 5 5060 _underscore
        _ldap._tcp     SRV  0 5 389 ldap
        _none._tcp     SRV  0 0 0 .
        [|sub|]        NS   ns_1.sub
        sub            NS   ns1.provider.example.
        [|svc|]        SVCB 1 _underscore.example. port=60 alpn=h3
        alias          SVCB 0 _8443._foo.api.example.net.
        self           HTTPS 1 . alpn=h2
        [|star|]       HTTPS 1 *.cdn.example.net. alpn=h2
        ns_1.sub       A    192.0.2.9
        ldap           A    192.0.2.10
        """);

    [Test]
    public void Message_names_the_target_and_the_label()
    {
        var result = RuleTestHarness.Verify("ZL7008", """
            [|_sip._tcp|] SRV 0 5 5060 _underscore
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL7008").Message, Does.StartWith("SRV target '_underscore.example.com.' is not a valid host name (label '_underscore'"));
    }

    [Test]
    public void Checks_ptr_targets_in_reverse_zones_except_dns_sd_browsing_names()
    {
        const string zone = """
            $ORIGIN 2.0.192.in-addr.arpa.
            $TTL 3600
            @ SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
            @ NS ns1.example.com.
            @ NS ns2.example.com.
            [|1|]                PTR host_one.example.com.
            2                    PTR host-two.example.com.
            b._dns-sd._udp       PTR !@#3.
            lb._dns-sd._udp      PTR services.example.com.
            [|lb._dns-sd._tcp|]  PTR !@#3.
            [|db._wrong._udp|]   PTR !@#3.
            """;
        var (text, marks) = RuleTestHarness.ParseMarkup(zone);
        var parsed = ZoneParser.Parse(text, ZoneParseOptions.Default with { Origin = DomainName.Parse("2.0.192.in-addr.arpa.") });
        var result = ZoneLinter.Default.Lint(parsed);
        Assert.That(parsed.Diagnostics, Is.Empty);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL7008").Select(d => (d.Location.Line, d.Location.Column)), Is.EquivalentTo(marks));
    }

    [Test]
    public void Leaves_ptr_targets_outside_reverse_zones_alone() => RuleTestHarness.Verify("ZL7008", """
        _http._tcp PTR My\ Printer._http._tcp
        """);

    [Test]
    public void Leaves_mx_and_address_like_ns_targets_to_their_own_rules()
    {
        var result = RuleTestHarness.Verify("ZL7008", """
            @   MX 10 mail_1
            sub NS 192.0.2.1.
            sub NS ns1.provider.example.
            mail_1 A 192.0.2.20
            """);
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("ZL1007").And.Contain("ZL5005"));
    }
}
