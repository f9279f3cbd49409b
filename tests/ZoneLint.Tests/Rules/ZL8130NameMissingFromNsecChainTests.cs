using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8130NameMissingFromNsecChainTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec().Verify("ZL8130");

    [Test]
    public void Dropped_NSEC_is_reported_at_the_name() =>
        SignedZones.Nsec()
            .Remove(l => IsRecord(l, "www.example.com.", "NSEC"))
            .Mark(l => IsRecord(l, "www.example.com.", "A"))
            .Verify("ZL8130");

    [Test]
    public void Delegation_point_without_NSEC_is_reported() =>
        SignedZones.Nsec()
            .Remove(l => IsRecord(l, "child.example.com.", "NSEC"))
            .Mark(l => IsRecord(l, "child.example.com.", "NS"))
            .Verify("ZL8130");

    [Test]
    public void Signed_zone_without_any_denial_records_is_reported_once_at_the_SOA() =>
        new SignedText(new TestSigner { Denial = TestDenial.None }.Sign(SignedZones.Unsigned, SignedZones.Origin, SignedZones.EcdsaKeys))
            .Mark(l => IsRecord(l, "example.com.", "SOA"))
            .Verify("ZL8130");

    [Test]
    public void Nsec3_zone_is_not_judged_here() => SignedZones.Nsec3().Verify("ZL8130");
}
