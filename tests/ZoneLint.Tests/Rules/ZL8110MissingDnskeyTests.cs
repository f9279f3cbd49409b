using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8110MissingDnskeyTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec().Verify("ZL8110");

    [Test]
    public void Signatures_without_apex_keys_are_reported_once_at_the_first_signature()
    {
        var zone = SignedZones.Nsec().Remove(l => IsRecord(l, "example.com.", "DNSKEY"));
        var first = zone.Lines.First(l => l.Contains(" IN RRSIG ", StringComparison.Ordinal));
        zone.Mark(l => l == first).Verify("ZL8110");
    }

    [Test]
    public void Unsigned_zone_is_clean() => RuleTestHarness.Verify("ZL8110", "www A 192.0.2.1\n");
}
