using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2001MultipleSpfRecordsTests
{
    [Test]
    public void Reports_two_spf_records_once_per_owner_at_the_second()
    {
        var result = RuleTestHarness.Verify("ZL2001", """
            @ TXT "v=spf1 -all"
            @ TXT "google-site-verification=abc"
            [|@|] TXT "v=spf1 mx -all"
            @ TXT "v=spf1 a -all"
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL2001");
        Assert.That(finding.Message, Does.Contain("has 3 SPF records"));
        Assert.That(finding.AdditionalLocations.Select(l => l.Line), Is.EqualTo(new[] { 8, 11 }));
    }

    [Test]
    public void Recognises_the_version_without_case_and_across_joined_strings() => RuleTestHarness.Verify("ZL2001", """
        a TXT "V=SPF1 -all"
        [|a|] TXT "v=spf1 a -all"
        b TXT "v=spf1 " "a -all"
        [|b|] TXT "v=sp" "f1 mx -all"
        c TXT "v=spf1"
        [|c|] TXT "v=spf1 -all"
        """);

    [Test]
    public void Ignores_records_that_only_look_like_spf_and_exact_copies() => RuleTestHarness.Verify("ZL2001", """
        a TXT "v=spf10 -all"
        a TXT "v=spf1 -all"
        b TXT " v=spf1 -all"
        b TXT "v=spf1 -all"
        c TXT "v=spf1 -all"
        c TXT "v=spf1 -all"
        d TXT "v=spf1 -all"
        d SPF "v=spf1 -all"
        e TXT "spf2.0/pra -all"
        e TXT "v=spf1 -all"
        """);

    [Test]
    public void Counts_each_distinct_record_of_a_large_RRset_once()
    {
        // 20,000 SPF records at one owner, each written twice: compared pairwise they took seconds; hashed, no time.
        var lines = Enumerable.Range(0, 40_000).Select(i => $"@ TXT \"v=spf1 ip4:10.0.{i / 2 / 256}.{i / 2 % 256} -all\"");
        var finding = RuleTestHarness.Lint(RuleTestHarness.Complete(string.Join("\n", lines))).Diagnostics.Single(d => d.Id == "ZL2001");
        Assert.That(finding.Message, Does.Contain("has 20000 SPF records"));
        Assert.That(finding.AdditionalLocations, Has.Length.EqualTo(19_999));
    }
}
