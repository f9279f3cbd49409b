using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8101UnsignedRRsetTests
{
    [Test]
    public void A_signed_zone_is_clean_though_delegation_NS_and_glue_are_unsigned()
    {
        var zone = SignedZones.Nsec();
        Assert.That(zone.Lines.Where(l => IsRecord(l, "child.example.com.", "RRSIG", "NS") || IsRecord(l, "ns.child.example.com.", "RRSIG")), Is.Empty);
        zone.Verify("ZL8101");
    }

    [Test]
    public void Dropped_signature_is_reported_at_the_RRset() =>
        SignedZones.Nsec()
            .Remove(l => IsRecord(l, "www.example.com.", "RRSIG", "AAAA"))
            .Mark(l => IsRecord(l, "www.example.com.", "AAAA"))
            .Verify("ZL8101");

    [Test]
    public void DS_at_a_delegation_must_be_signed() =>
        SignedZones.Nsec()
            .Remove(l => IsRecord(l, "secure.example.com.", "RRSIG", "DS"))
            .Mark(l => IsRecord(l, "secure.example.com.", "DS"))
            .Verify("ZL8101");

    [Test]
    public void Record_added_after_signing_is_reported() =>
        SignedZones.Nsec()
            .Add("[|late.example.com. 3600 IN TXT \"added after signing\"")
            .Verify("ZL8101");

    [Test]
    public void Keys_without_any_signature_are_reported_once_at_the_first_DNSKEY()
    {
        var zone = SignedZones.Nsec().Remove(l => IsRecord(l, l.Split(' ')[0], "RRSIG"));
        var first = zone.Lines.First(l => IsRecord(l, "example.com.", "DNSKEY"));
        zone.Mark(l => l == first).Verify("ZL8101");
    }

    [Test]
    public void Unsigned_zone_is_clean() =>
        RuleTestHarness.Verify("ZL8101", "www A 192.0.2.1\n", SignedZones.Options);
}
