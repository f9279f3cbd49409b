using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2011SpfIncludeTargetMissingTests
{
    [Test]
    public void Reports_in_zone_targets_without_an_spf_record()
    {
        var result = RuleTestHarness.Verify("ZL2011", """
            @ TXT "v=spf1 [|include:_gone.example.com|] [|include:verify.example.com|] -all"
            mail TXT "v=spf1 mx [|redirect=_empty.example.com|]"
            verify TXT "site-verification=abc"
            _empty A 192.0.2.1
            """);
        var messages = result.Diagnostics.Where(d => d.Id == "ZL2011").Select(d => d.Message).ToList();
        Assert.That(messages, Has.Some.Contains("_gone.example.com. does not exist"));
        Assert.That(messages, Has.Some.Contains("verify.example.com. has TXT records but none starts with v=spf1"));
        Assert.That(messages, Has.Some.Contains("_empty.example.com. has no TXT record"));
    }

    [Test]
    public void Accepts_targets_reached_through_aliases_and_wildcards_and_unused_redirects() => RuleTestHarness.Verify("ZL2011", """
        @ TXT "v=spf1 include:_spf.example.com include:x.tenants.example.com -all"
        _spf CNAME _spf-real
        _spf-real TXT "v=spf1 ip4:192.0.2.0/24 -all"
        *.tenants TXT "v=spf1 a -all"
        www TXT "v=spf1 redirect=_nothing.example.com -all"
        """);

    [Test]
    public void Stays_silent_outside_the_zone_without_a_resolver() => RuleTestHarness.Verify("ZL2011", """
        @ TXT "v=spf1 include:_spf.gone.example -all"
        """);

    [Test]
    public void Asks_the_resolver_about_targets_outside_the_zone()
    {
        var resolver = new FakeResolver()
            .Missing("_spf.gone.example.")
            .Txt("_spf.provider.example.", "v=spf1 ip4:198.51.100.0/24 -all")
            .Txt("other.provider.example.", "ms-domain-verification=1234");
        RuleTestHarness.Verify("ZL2011", """
            @ TXT "v=spf1 [|include:_spf.gone.example|] include:_spf.provider.example [|include:other.provider.example|] include:unknown.example -all"
            """, linter: resolver.Linter());
    }
}
