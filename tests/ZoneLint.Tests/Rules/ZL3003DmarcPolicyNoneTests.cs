using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3003DmarcPolicyNoneTests
{
    [Test]
    public void Reports_p_none_at_the_tag() => RuleTestHarness.Verify("ZL3003", """
        _dmarc TXT "v=DMARC1; [|p=none|]; rua=mailto:d@example.com"
        _dmarc.shop TXT "v=DMARC1;[|p=NONE|]"
        """);

    [Test]
    public void Accepts_enforcing_policies_and_sp_none() => RuleTestHarness.Verify("ZL3003", """
        _dmarc TXT "v=DMARC1; p=reject; sp=none"
        _dmarc.shop TXT "v=DMARC1; p=quarantine"
        @ TXT "v=DMARC1; p=none"
        """);
}
