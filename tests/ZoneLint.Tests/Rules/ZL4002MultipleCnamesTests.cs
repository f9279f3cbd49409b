using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4002MultipleCnamesTests
{
    [Test]
    public void Reports_two_different_cnames_once_at_the_second()
    {
        var result = RuleTestHarness.Verify("ZL4002", """
            a CNAME ns1
            [|a|] CNAME ns2
            a CNAME www.example.net.
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL4002");
        Assert.That(finding.Message, Does.Contain("3 CNAME records"));
        Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(2));
    }

    [Test]
    public void Accepts_one_cname_and_copies_that_differ_only_in_case() => RuleTestHarness.Verify("ZL4002", """
        a CNAME ns1
        b CNAME ns1
        b CNAME NS1.example.com.
        """);

    [Test]
    public void Counts_a_large_RRset_once_per_target_whatever_the_case_of_its_copies()
    {
        // Past eight records the copies are found by hashing, which must treat names without case as comparing does.
        var lines = new List<string>();
        for (int i = 0; i < 40; i++)
        {
            lines.Add(i % 2 == 0 ? $"a CNAME t{i / 2}" : $"a CNAME T{i / 2}.EXAMPLE.COM.");
        }

        var finding = RuleTestHarness.Lint(RuleTestHarness.Complete(string.Join("\n", lines))).Diagnostics.Single(d => d.Id == "ZL4002");
        Assert.That(finding.Message, Does.Contain("20 CNAME records"));
        Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(19));
    }
}
