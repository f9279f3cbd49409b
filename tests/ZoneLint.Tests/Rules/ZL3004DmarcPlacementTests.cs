using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3004DmarcPlacementTests
{
    [Test]
    public void Reports_dmarc_records_away_from_dmarc_names_and_other_txt_at_them() => RuleTestHarness.Verify("ZL3004", """
        [|@|] TXT "v=DMARC1; p=reject"
        [|dmarc|] TXT "v=DMARC1; p=reject"
        [|_dmarc|] TXT "google-site-verification=abc"
        """);

    [Test]
    public void Accepts_policy_and_authorization_records_and_leaves_attempts_to_ZL3001() => RuleTestHarness.Verify("ZL3004", """
        _dmarc TXT "v=DMARC1; p=reject"
        _dmarc.shop TXT "v=dmarc1; p=reject"
        example.net._report._dmarc TXT "v=DMARC1"
        *._report._dmarc TXT "v=DMARC1"
        @ TXT "v=spf1 -all"
        """);
}
