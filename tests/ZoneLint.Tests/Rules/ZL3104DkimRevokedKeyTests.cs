using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3104DkimRevokedKeyTests
{
    [Test]
    public void Reports_an_empty_p() => RuleTestHarness.Verify("ZL3104", """
        old._domainkey TXT "v=DKIM1; [|p=|]"
        *._domainkey.parked TXT "v=DKIM1; k=rsa; [|p= |]"
        """);

    [Test]
    public void Accepts_keys_and_leaves_a_missing_p_to_ZL3101() => RuleTestHarness.Verify("ZL3104", $"""
        s1._domainkey TXT "v=DKIM1; p={TestKeys.Rsa1024}"
        s2._domainkey TXT "v=DKIM1; k=rsa"
        """);
}
