using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2003SpfTooManyLookupsTests
{
    private static string Message(LintResult result) => result.Diagnostics.Single(d => d.Id == "ZL2003").Message;

    [Test]
    public void Counts_through_in_zone_includes_and_reports_where_the_eleventh_lookup_happens()
    {
        var result = RuleTestHarness.Verify("ZL2003", """
            @ TXT "v=spf1 a mx include:_spf1.example.com [|include:_spf2.example.com|] -all"
            _spf1 TXT "v=spf1 a:h1.example.com a:h2.example.com a:h3.example.com a:h4.example.com -all"
            _spf2 TXT "v=spf1 a:h5.example.com ip4:192.0.2.0/24 a:h6.example.com a:h7.example.com -all"
            """);
        Assert.That(Message(result), Is.EqualTo(
            "SPF evaluation needs 11 DNS lookups, over the limit of 10: a, mx, " +
            "include:_spf1.example.com (5: a:h1.example.com, a:h2.example.com, a:h3.example.com, a:h4.example.com), " +
            "include:_spf2.example.com (4: a:h5.example.com, a:h6.example.com, a:h7.example.com)"));
    }

    [Test]
    public void Accepts_exactly_ten_and_ignores_terms_that_do_not_query() => RuleTestHarness.Verify("ZL2003", """
        @ TXT "v=spf1 a mx ptr exists:x.example.com include:_spf.example.com ip4:192.0.2.1 ip6:2001:db8::1 exp=exp.example.com -all"
        _spf TXT "v=spf1 a:h1.example.com a:h2.example.com a:h3.example.com a:h4.example.com include:_spf3.example.com -all"
        _spf3 TXT "v=spf1 ip4:192.0.2.0/24 -all"
        """);

    [Test]
    public void Counts_a_redirect_but_not_one_beside_all() => RuleTestHarness.Verify("ZL2003", """
        @ TXT "v=spf1 a a a a a a a a a [|redirect=_spf.example.com|]"
        _spf TXT "v=spf1 mx -all"
        www TXT "v=spf1 a a a a a a a a a a redirect=_spf.example.com -all"
        """);

    [Test]
    public void An_out_of_zone_include_counts_as_one_and_makes_the_figure_a_lower_bound()
    {
        var result = RuleTestHarness.Verify("ZL2003", """
            @ TXT "v=spf1 a mx a:h1.example.com a:h2.example.com a:h3.example.com a:h4.example.com a:h5.example.com a:h6.example.com include:_spf.google.com [|include:_spf.example.com|] ~all"
            _spf TXT "v=spf1 exists:%{i}.x.example.com include:%{d}.y.example.com -all"
            """);
        Assert.That(Message(result), Does.StartWith("SPF evaluation needs at least 12 DNS lookups, over the limit of 10 (a lower bound: includes that could not be followed count as 1): "));
        Assert.That(Message(result), Does.Contain("include:_spf.google.com (at least 1, out of zone), include:_spf.example.com (at least 3: exists:%{i}.x.example.com, include:%{d}.y.example.com (at least 1, target set by a macro))"));
    }

    [Test]
    public void Stays_under_the_limit_when_out_of_zone_includes_cannot_be_followed() => RuleTestHarness.Verify("ZL2003", """
        @ TXT "v=spf1 include:_spf.google.com include:spf.protection.outlook.com include:sendgrid.net ~all"
        """);

    [Test]
    public void Follows_out_of_zone_includes_through_the_resolver()
    {
        var resolver = new FakeResolver()
            .Txt("_spf.provider.example.", "v=spf1 include:_netblocks.provider.example. include:_netblocks2.provider.example. ~all")
            .Txt("_netblocks.provider.example.", "v=spf1 ip4:198.51.100.0/24 a:relay1.provider.example a:relay2.provider.example a:relay3.provider.example -all")
            .Txt("_netblocks2.provider.example.", "v=spf1 mx:provider.example mx:backup.provider.example -all");
        var result = RuleTestHarness.Verify("ZL2003", """
            @ TXT "v=spf1 a mx include:_spf1.example.com [|include:_spf.provider.example|] -all"
            _spf1 TXT "v=spf1 ip4:192.0.2.0/24 -all"
            """, linter: resolver.Linter());
        Assert.That(Message(result), Is.EqualTo(
            "SPF evaluation needs 11 DNS lookups, over the limit of 10: a, mx, include:_spf1.example.com (1), " +
            "include:_spf.provider.example (8: include:_netblocks.provider.example. (4: a:relay1.provider.example, a:relay2.provider.example, a:relay3.provider.example), " +
            "include:_netblocks2.provider.example. (3: mx:provider.example, mx:backup.provider.example))"));
        Assert.That(resolver.Queries.Select(q => q.Name), Has.Member("_netblocks2.provider.example."));
    }

    [Test]
    public void Terminates_on_include_loops() => RuleTestHarness.Verify("ZL2003", """
        @ TXT "v=spf1 include:_a.example.com -all"
        _a TXT "v=spf1 include:_b.example.com -all"
        _b TXT "v=spf1 include:example.com -all"
        """);

    [Test]
    public void Reports_every_record_of_a_long_chain_whose_evaluation_goes_past_the_limit()
    {
        // c00 includes c01, … c19 includes c20, which does not exist: c09 needs 11 lookups, c10 needs 10. Counts cut
        // short by the nesting limit were memoised, and only c00 to c02 were reported.
        var zone = string.Concat(Enumerable.Range(0, 20).Select(i => $"c{i:D2} TXT \"v=spf1 include:c{i + 1:D2}.example.com -all\"\n"));
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(zone));
        var reported = result.Diagnostics.Where(d => d.Id == "ZL2003").Select(d => d.Location.Line - 8).ToList();
        Assert.That(reported, Is.EqualTo(Enumerable.Range(0, 10)), string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL2003").Last().Message, Does.StartWith("SPF evaluation needs 11 DNS lookups, over the limit of 10: "));
    }
}
