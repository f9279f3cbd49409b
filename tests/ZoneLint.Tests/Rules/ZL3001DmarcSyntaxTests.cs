using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3001DmarcSyntaxTests
{
    [Test]
    public void Reports_each_bad_value_where_it_is() => RuleTestHarness.Verify("ZL3001", """
        _dmarc TXT "v=DMARC1; p=[|block|]; pct=[|150|]; rua=[|dmarc@example.com|]; fo=1:[|x|]; [|rau|]=mailto:d@example.com"
        """);

    [Test]
    public void Reports_records_meant_as_dmarc_that_receivers_discard() => RuleTestHarness.Verify("ZL3001", """
        _dmarc TXT "[|p=reject; v=DMARC1"
        _dmarc.shop TXT "v=[|dmarc1; p=reject"
        _dmarc.blog TXT "[|v=DMARC1; rua=mailto:d@example.com"
        """);

    [Test]
    public void Maps_positions_into_later_strings() => RuleTestHarness.Verify("ZL3001", """
        _dmarc TXT "v=DMARC1; p=reject; " "adkim=[|q|]"
        """);

    [Test]
    public void Accepts_valid_policy_and_authorization_records_and_ignores_other_names() => RuleTestHarness.Verify("ZL3001", """
        _dmarc TXT "v=DMARC1; p=quarantine; sp=reject; pct=100; rua=mailto:dmarc@example.com!10m; ruf=mailto:forensic@example.com; fo=1; adkim=s; aspf=r; ri=86400"
        _dmarc TXT "some-other-token"
        example.net._report._dmarc TXT "v=DMARC1"
        @ TXT "v=DMARC1; p=[bogus]"
        """);
}
