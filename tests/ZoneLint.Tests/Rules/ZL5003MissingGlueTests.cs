using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL5003MissingGlueTests
{
    [Test]
    public void Reports_a_server_below_its_delegation_without_glue() => RuleTestHarness.Verify("ZL5003", """
        [|sub|] NS ns1.sub
        sub NS ns2.provider.example.
        [|deep|] NS deep
        deep NS ns.provider.example.
        """);

    [Test]
    public void Reports_a_delegation_to_an_in_zone_name_without_an_address() => RuleTestHarness.Verify("ZL5003", """
        [|sub|] NS ghost
        [|sub|] NS host
        host TXT "no address here"
        """);

    [Test]
    public void Reports_apex_servers_without_an_address() => RuleTestHarness.Verify("ZL5003", """
        $ORIGIN example.com.
        $TTL 3600
        @ SOA ns1 hostmaster 1 7200 3600 1209600 3600
        [|@|] NS ns1
        [|@|] NS ns.sub
        @ NS ns.provider.example.
        ns1 TXT "no address"
        [|sub|] NS ns.sub
        sub NS ns.provider.example.
        """);

    [Test]
    public void Accepts_glue_sibling_servers_aliases_wildcards_and_outside_names() => RuleTestHarness.Verify("ZL5003", """
        sub NS ns.sub
        sub NS ns6.sub
        ns.sub A 192.0.2.5
        ns6.sub AAAA 2001:db8::5
        a NS ns.b
        a NS ns.provider.example.
        b NS ns.provider.example.
        b NS ns2.provider.example.
        c NS alias
        c NS ns.provider.example.
        alias CNAME ns.provider.example.
        d NS host.wild
        d NS ns.provider.example.
        *.wild A 192.0.2.9
        """);

    [Test]
    public void Leaves_delegations_below_a_dname_to_ZL4010() => RuleTestHarness.Verify("ZL5003", """
        @ DNAME example.net.
        foo NS ghost
        foo NS ns.provider.example.
        """);

    [Test]
    public void Message_says_glue_is_missing()
    {
        var result = RuleTestHarness.Verify("ZL5003", """
            [|sub|] NS ns.sub
            sub NS ns.provider.example.
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL5003").Message, Does.Contain("'ns.sub.example.com.'").And.Contain("no glue"));
    }
}
