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
}
