using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL4001CnameAndOtherDataTests
{
    [Test]
    public void Reports_once_per_owner_at_the_cname_with_the_other_records_related()
    {
        var result = RuleTestHarness.Verify("ZL4001", """
            a A 192.0.2.1
            [|a|] CNAME ns1
            a MX 10 mail
            a TXT "x"
            """);
        var finding = result.Diagnostics.Single(d => d.Id == "ZL4001");
        Assert.That(finding.AdditionalLocations.Select(l => l.Line), Is.EquivalentTo(new[] { 8, 10, 11 }));
        Assert.That(finding.Message, Does.Contain("(A, MX, TXT)"));
    }

    [Test]
    public void Counts_ns_dname_and_key_as_other_data() => RuleTestHarness.Verify("ZL4001", """
        [|sub|] CNAME ns1
        sub NS ns.elsewhere.example.
        [|d|] CNAME ns1
        d DNAME example.net.
        [|k|] CNAME ns1
        k KEY 256 3 8 AwEAAQ==
        """);

    [Test]
    public void Allows_the_dnssec_records_that_may_accompany_an_alias() => RuleTestHarness.Verify("ZL4001", """
        a CNAME ns1
        a RRSIG CNAME 8 3 3600 20300101000000 20200101000000 1234 example.com. AAAA
        a NSEC b.example.com. CNAME RRSIG NSEC
        b A 192.0.2.2
        """);
}
