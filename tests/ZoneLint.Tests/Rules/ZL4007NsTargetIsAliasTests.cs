using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4007NsTargetIsAliasTests
{
    [Test]
    public void Reports_apex_and_delegation_ns_records_that_name_an_in_zone_alias()
    {
        var result = RuleTestHarness.Verify("ZL4007", """
            [|@|] NS dns
            dns CNAME ns1
            [|sub|] NS dns
            sub NS ns1
            [|other|] NS server.w
            *.w CNAME ns2
            """);
        var finding = result.Diagnostics.First(d => d.Id == "ZL4007");
        Assert.That(finding.Message, Does.Contain("'dns.example.com.'").And.Contain("CNAME to 'ns1.example.com.'"));
        Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(1));
    }

    [Test]
    public void Accepts_canonical_name_servers_and_glue() => RuleTestHarness.Verify("ZL4007", """
        sub NS ns.sub
        ns.sub A 192.0.2.53
        ext NS ns.provider.example.
        """);

    [Test]
    public void Asks_the_resolver_about_out_of_zone_name_servers()
    {
        var resolver = new ScriptedResolver().Alias("alias.provider.example.", "ns.provider.example.");
        RuleTestHarness.Verify("ZL4007", """
            [|sub|] NS alias.provider.example.
            sub NS ns.provider.example.
            """, linter: resolver.Linter());
    }
}
