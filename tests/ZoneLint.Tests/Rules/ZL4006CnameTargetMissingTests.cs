using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4006CnameTargetMissingTests
{
    [Test]
    public void Reports_in_zone_targets_that_do_not_exist() => RuleTestHarness.Verify("ZL4006", """
        [|a|] CNAME nowhere
        [|b|] CNAME host.nowhere
        [|c|] CNAME x.w
        *.w.sub TXT "only deeper wildcards"
        w TXT "x.w does not match *.w.sub"
        """);

    [Test]
    public void Accepts_targets_that_exist_as_records_empty_non_terminals_or_wildcard_matches() => RuleTestHarness.Verify("ZL4006", """
        a CNAME ns1
        b CNAME ent
        host.ent A 192.0.2.7
        c CNAME anything.wild
        *.wild A 192.0.2.8
        d CNAME @
        """);

    [Test]
    public void Targets_below_a_delegation_or_a_dname_are_not_in_this_zone() => RuleTestHarness.Verify("ZL4006", """
        child NS ns.elsewhere.example.
        a CNAME www.child
        b CNAME child
        moved DNAME example.net.
        c CNAME www.moved
        d CNAME www.example.net.
        host.child CNAME nowhere
        """);

    [Test]
    public void Asks_the_resolver_about_targets_outside_the_zone_and_in_child_zones()
    {
        var resolver = new ScriptedResolver()
            .Missing("gone.example.net.")
            .Missing("www.child.example.com.")
            .Address("www.example.net.", "198.51.100.80");
        var result = RuleTestHarness.Verify("ZL4006", """
            [|a|] CNAME gone.example.net.
            b CNAME www.example.net.
            c CNAME unknown.example.net.
            child NS ns.elsewhere.example.
            [|d|] CNAME www.child
            """, linter: resolver.Linter());
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL4006").Select(d => d.Message), Has.All.Contains("according to the resolver"));
    }
}
