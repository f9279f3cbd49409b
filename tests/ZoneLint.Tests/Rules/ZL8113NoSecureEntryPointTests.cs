using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8113NoSecureEntryPointTests
{
    [Test]
    public void Zone_with_a_KSK_is_clean() => SignedZones.Nsec().Verify("ZL8113");

    [Test]
    public void Zone_signed_with_a_ZSK_alone_is_reported_at_its_key() =>
        new SignedText(new TestSigner().Sign(SignedZones.Unsigned, SignedZones.Origin, SignedZones.EcdsaKeys[1]))
            .Mark(l => IsRecord(l, "example.com.", "DNSKEY"))
            .Verify("ZL8113");

    [Test]
    public void Unsigned_zone_publishing_a_key_is_not_judged() =>
        RuleTestHarness.Verify("ZL8113", $"@ DNSKEY 256 3 13 {Convert.ToBase64String(SignedZones.EcdsaKeys[1].Dnskey.PublicKey.AsSpan())}\n");
}
