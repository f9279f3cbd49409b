using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL6101RRsetTtlMismatchTests
{
    [Test]
    public void Reports_once_per_rrset_at_the_first_differing_record()
    {
        var result = RuleTestHarness.Verify("ZL6101", """
            www 300 A 192.0.2.1
            [|www|] 600 A 192.0.2.2
            www 900 A 192.0.2.3
            www 300 AAAA 2001:db8::1
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL6101");
        Assert.That(finding.Message, Does.Contain("(300, 600, 900)"));
        Assert.That(finding.AdditionalLocations.Select(l => l.Line), Is.EqualTo(new[] { 8 }));
    }

    [Test]
    public void Accepts_equal_ttls_and_signatures_over_different_types() => RuleTestHarness.Verify("ZL6101", """
        www 300 A 192.0.2.1
        www 300 A 192.0.2.2
        www 600 AAAA 2001:db8::1
        www 300 RRSIG A 13 3 300 20300101000000 20200101000000 12345 example.com. c2lnbmF0dXJl
        www 600 RRSIG AAAA 13 3 600 20300101000000 20200101000000 12345 example.com. c2lnbmF0dXJl
        """);
}
