using System.Text;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4004CnameLoopTests
{
    [Test]
    public void Reports_a_loop_once_at_its_first_member_with_every_other_member_related()
    {
        var result = RuleTestHarness.Verify("ZL4004", """
            c CNAME a
            [|a|] CNAME b
            b CNAME c
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL4004");
        Assert.That(finding.Message, Does.StartWith("CNAME loop: a.example.com. → b.example.com. → c.example.com. → a.example.com.;"));
        Assert.That(finding.AdditionalLocations.Select(l => l.Line), Is.EquivalentTo(new[] { 8, 10 }));
    }

    [Test]
    public void Reports_self_loops_wildcard_loops_and_loops_reached_through_a_tail() => RuleTestHarness.Verify("ZL4004", """
        [|s|] CNAME s
        [|*.w|] CNAME x.w
        t CNAME l1
        [|l1|] CNAME l2
        l2 CNAME l1
        """);

    [Test]
    public void Accepts_chains_that_end() => RuleTestHarness.Verify("ZL4004", """
        a CNAME b
        b CNAME ns1
        """);

    [Test]
    public void A_loop_of_100000_names_is_one_finding()
    {
        const int n = 100_000;
        var zone = new StringBuilder(RuleTestHarness.Preamble);
        for (int i = 0; i < n; i++)
        {
            zone.Append('n').Append(i).Append(" CNAME n").Append((i + 1) % n).Append('\n');
        }

        var result = RuleTestHarness.Lint(zone.ToString());
        var finding = result.Diagnostics.Single(d => d.Id == "ZL4004");
        Assert.That(finding.Message, Does.StartWith("CNAME loop: n0.example.com. → n1.example.com."));
        Assert.That(finding.Message, Does.Contain(" more) …"));
        Assert.That(finding.Message, Does.EndWith("→ n0.example.com.; these names never resolve"));
        Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(n - 1));
        Assert.That(result.Diagnostics.Count(d => d.Id == "ZL4003"), Is.Zero);
    }
}
