using System.Diagnostics;
using System.Text;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4003CnameChainTests
{
    [Test]
    public void Reports_a_chain_once_at_its_head_with_every_hop()
    {
        var result = RuleTestHarness.Verify("ZL4003", """
            [|a|] CNAME b
            b CNAME c
            c CNAME www.example.net.
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL4003");
        Assert.That(finding.Message, Does.StartWith("CNAME chain: a.example.com. → b.example.com. → c.example.com. → www.example.net.;"));
        Assert.That(finding.Message, Does.Contain("point 'a.example.com.' directly at 'www.example.net.'"));
        Assert.That(finding.AdditionalLocations.Select(l => l.Line), Is.EqualTo(new[] { 9, 10 }));
    }

    [Test]
    public void Reports_each_head_of_chains_that_merge() => RuleTestHarness.Verify("ZL4003", """
        [|x|] CNAME b
        [|y|] CNAME b
        b CNAME ns1
        """);

    [Test]
    public void Follows_wildcard_aliases() => RuleTestHarness.Verify("ZL4003", """
        [|a|] CNAME host.w
        *.w CNAME ns1
        """);

    [Test]
    public void Accepts_single_aliases_and_leaves_loops_to_ZL4004() => RuleTestHarness.Verify("ZL4003", """
        a CNAME ns1
        b CNAME www.example.net.
        t CNAME l1
        l1 CNAME l2
        l2 CNAME l1
        child NS ns.elsewhere.example.
        c CNAME host.child
        """);

    [Test]
    public void A_chain_of_100000_names_is_one_finding_in_linear_time()
    {
        const int n = 100_000;
        var zone = new StringBuilder(RuleTestHarness.Preamble);
        for (int i = 0; i < n - 1; i++)
        {
            zone.Append('n').Append(i).Append(" CNAME n").Append(i + 1).Append('\n');
        }

        zone.Append('n').Append(n - 1).Append(" A 192.0.2.1\n");
        var clock = Stopwatch.StartNew();
        var result = RuleTestHarness.Lint(zone.ToString());
        clock.Stop();

        var finding = result.Diagnostics.Single(d => d.Id == "ZL4003");
        Assert.That(finding.Message, Does.StartWith("CNAME chain: n0.example.com. → n1.example.com."));
        Assert.That(finding.Message, Does.Contain("→ … (99988 more) … →"), "100,000 names, 12 shown");
        Assert.That(finding.Message, Does.Contain($"n{n - 2}.example.com. → n{n - 1}.example.com.;"));
        Assert.That(finding.Message.Length, Is.LessThan(1000));
        Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(100));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "the whole lint, parse included");
    }
}
