using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4009SrvTargetHasNoAddressTests
{
    [Test]
    public void Reports_in_zone_targets_without_addresses() => RuleTestHarness.Verify("ZL4009", """
        [|_sip._tcp|] SRV 10 5 5060 nowhere
        [|_ldap._tcp|] SRV 0 0 389 txtonly
        txtonly TXT "no address"
        """);

    [Test]
    public void Accepts_no_service_targets_with_addresses_aliases_and_wildcard_matches() => RuleTestHarness.Verify("ZL4009", """
        _xmpp._tcp SRV 0 0 0 .
        _sip._tcp SRV 10 5 5060 ns1
        _sips._tcp SRV 10 5 5061 alias
        alias CNAME ns1
        _a._tcp SRV 0 0 1 host.wild
        *.wild AAAA 2001:db8::1
        _b._tcp SRV 0 0 1 host.elsewhere.example.
        child NS ns.elsewhere.example.
        _c._tcp SRV 0 0 1 host.child
        """);

    [Test]
    public void Asks_the_resolver_about_out_of_zone_targets()
    {
        var resolver = new ScriptedResolver().NoData("bare.provider.example.");
        RuleTestHarness.Verify("ZL4009", """
            [|_sip._tcp|] SRV 10 5 5060 bare.provider.example.
            """, linter: resolver.Linter());
    }
}
