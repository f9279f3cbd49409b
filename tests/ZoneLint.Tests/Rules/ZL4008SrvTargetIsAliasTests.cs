using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4008SrvTargetIsAliasTests
{
    [Test]
    public void Reports_srv_targets_that_are_in_zone_aliases() => RuleTestHarness.Verify("ZL4008", """
        [|_sip._tcp|] SRV 10 5 5060 sip
        sip CNAME ns1
        """);

    [Test]
    public void Accepts_canonical_targets_and_no_service() => RuleTestHarness.Verify("ZL4008", """
        _sip._tcp SRV 10 5 5060 ns1
        _xmpp._tcp SRV 0 0 0 .
        _ldap._tcp SRV 0 0 389 ldap.provider.example.
        """);

    [Test]
    public void Asks_the_resolver_about_out_of_zone_targets()
    {
        var resolver = new ScriptedResolver().Alias("sip.provider.example.", "edge.provider.example.");
        RuleTestHarness.Verify("ZL4008", """
            [|_sip._tcp|] SRV 10 5 5060 sip.provider.example.
            """, linter: resolver.Linter());
    }
}
