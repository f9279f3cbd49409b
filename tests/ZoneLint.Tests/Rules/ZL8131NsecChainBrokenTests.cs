using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8131NsecChainBrokenTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec().Verify("ZL8131");

    [Test]
    public void Wrong_next_name_is_reported()
    {
        var result = SignedZones.Nsec()
            .Edit(l => IsRecord(l, "mail.example.com.", "NSEC"), l => "[|" + l.Replace("NSEC ns1.example.com.", "NSEC ns2.example.com.", StringComparison.Ordinal))
            .Verify("ZL8131");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8131").Message, Does.Contain("points to 'ns2.example.com.', but the next name in canonical order is 'ns1.example.com.'"));
    }

    [Test]
    public void Name_deleted_without_fixing_the_chain_is_reported_at_the_NSEC_before_it() =>
        SignedZones.Nsec()
            .Remove(l => l.StartsWith("mail.example.com. ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "child.example.com.", "NSEC"))
            .Verify("ZL8131");

    [Test]
    public void Last_NSEC_must_point_to_the_apex() =>
        SignedZones.Nsec()
            .Edit(l => IsRecord(l, "www.example.com.", "NSEC"), l => "[|" + l.Replace("NSEC example.com.", "NSEC mail.example.com.", StringComparison.Ordinal))
            .Verify("ZL8131");

    [Test]
    public void NSEC_at_glue_is_reported() =>
        SignedZones.Nsec().Add("[|ns.child.example.com. 3600 IN NSEC www.example.com. A RRSIG NSEC").Verify("ZL8131");

    [Test]
    public void Second_NSEC_at_a_name_is_reported() =>
        SignedZones.Nsec().Add("[|www.example.com. 3600 IN NSEC mail.example.com. A RRSIG NSEC").Verify("ZL8131");
}
