using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3002DmarcMultipleRecordsTests
{
    [Test]
    public void Reports_two_dmarc_records_at_one_name()
    {
        var result = RuleTestHarness.Verify("ZL3002", """
            [|_dmarc|] TXT "v=DMARC1; p=none; rua=mailto:d@example.com"
            _dmarc TXT "v=DMARC1; p=reject"
            """);
        var diagnostic = result.Diagnostics.Single(d => d.Id == "ZL3002");
        Assert.That(diagnostic.AdditionalLocations.Select(l => l.Line), Is.EqualTo(new[] { 9 }));
        Assert.That(diagnostic.Message, Does.StartWith("2 DMARC records at _dmarc.example.com."));
    }

    [Test]
    public void Reports_records_whose_owners_differ_only_in_case_and_are_apart_in_the_file()
    {
        var result = RuleTestHarness.Verify("ZL3002", """
            [|_dmarc.shop|] TXT "v=DMARC1; p=none"
            www A 192.0.2.80
            _DMARC.Shop TXT "v=DMARC1; p=reject"
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL3002").Message, Does.StartWith("2 DMARC records at _dmarc.shop.example.com."));
    }

    [Test]
    public void Accepts_one_dmarc_record_beside_other_txt_and_identical_duplicates() => RuleTestHarness.Verify("ZL3002", """
        _dmarc TXT "v=DMARC1; p=reject"
        _dmarc TXT "v=DMARC1; p=reject"
        _dmarc TXT "not dmarc"
        _dmarc.shop TXT "v=DMARC1; p=none"
        """);
}
