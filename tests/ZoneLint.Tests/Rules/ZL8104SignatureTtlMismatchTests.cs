using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8104SignatureTtlMismatchTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec().Verify("ZL8104");

    [Test]
    public void RRset_TTL_changed_after_signing_is_reported_at_the_RRSIG()
    {
        var result = SignedZones.Nsec()
            .Edit(l => IsRecord(l, "www.example.com.", "A"), l => l.Replace(" 3600 IN A ", " 300 IN A ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "www.example.com.", "RRSIG", "A"))
            .Verify("ZL8104");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8104").Message, Does.Contain("the Original TTL field is 3600 but the A RRset's TTL is 300").And.Contain("the RRSIG's own TTL is 3600"));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8102"), Is.Empty, "the signature still verifies: it signs the Original TTL");
    }

    [Test]
    public void RRSIG_TTL_alone_differing_is_reported() =>
        SignedZones.Nsec()
            .Edit(l => IsRecord(l, "mail.example.com.", "RRSIG", "A"), l => "[|" + l.Replace(" 3600 IN RRSIG ", " 60 IN RRSIG ", StringComparison.Ordinal))
            .Verify("ZL8104");
}
