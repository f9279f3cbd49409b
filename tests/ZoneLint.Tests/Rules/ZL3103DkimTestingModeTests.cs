using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3103DkimTestingModeTests
{
    [Test]
    public void Reports_a_key_in_testing_mode() => RuleTestHarness.Verify("ZL3103", $"""
        s1._domainkey TXT "v=DKIM1; [|t=y|]; p={TestKeys.Rsa1024}"
        s2._domainkey TXT "v=DKIM1; [|t=s:y|]; p={TestKeys.Rsa1024}"
        """);

    [Test]
    public void Accepts_other_flags() => RuleTestHarness.Verify("ZL3103", $"""
        s1._domainkey TXT "v=DKIM1; t=s; p={TestKeys.Rsa1024}"
        s2._domainkey TXT "v=DKIM1; p={TestKeys.Rsa1024}"
        """);
}
