using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3101DkimKeySyntaxTests
{
    [Test]
    public void Reports_each_problem_where_it_is() => RuleTestHarness.Verify("ZL3101", $"""
        s1._domainkey TXT "v=DKIM1; k=[|dsa|]; h=[|sha512|]; p={TestKeys.Rsa1024}"
        s2._domainkey TXT "k=rsa; [|v|]=DKIM1; p=[|{TestKeys.Rsa1024Pkcs1}"
        s3._domainkey TXT "[|v=DKIM1; k=rsa"
        s4._domainkey TXT "v=DKIM1; k=ed25519; p=[|{TestKeys.Rsa1024}"
        """);

    [Test]
    public void Maps_positions_into_a_key_split_over_two_strings() => RuleTestHarness.Verify("ZL3101", $"""
        s1._domainkey TXT "v=DKIM1; k=rsa; p={TestKeys.Rsa2048[..200]}" "{TestKeys.Rsa2048[200..]}; t=[|q|]"
        """);

    [Test]
    public void Accepts_valid_and_revoked_keys_and_ignores_other_names() => RuleTestHarness.Verify("ZL3101", $"""
        google._domainkey TXT "v=DKIM1; k=rsa; p={TestKeys.Rsa2048[..200]}" "{TestKeys.Rsa2048[200..]}"
        ed._domainkey TXT "v=DKIM1; k=ed25519; p={TestKeys.Ed25519}"
        old._domainkey TXT "v=DKIM1; p="
        multi.label.selector._domainkey.shop TXT "p={TestKeys.Rsa1024}"
        _domainkey TXT "o=~"
        @ TXT "v=DKIM1; p=garbage"
        """);
}
