using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8132NsecBitmapWrongTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec().Verify("ZL8132");

    [Test]
    public void Type_missing_from_the_bit_map_is_reported()
    {
        var result = SignedZones.Nsec()
            .Edit(l => IsRecord(l, "www.example.com.", "NSEC"), l => "[|" + l.Replace(" A AAAA RRSIG NSEC", " A RRSIG NSEC", StringComparison.Ordinal))
            .Verify("ZL8132");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8132").Message, Does.Contain("omits AAAA"));
    }

    [Test]
    public void Type_listed_but_absent_is_reported() =>
        SignedZones.Nsec()
            .Edit(l => IsRecord(l, "mail.example.com.", "NSEC"), l => "[|" + l.Replace(" A RRSIG NSEC", " A MX RRSIG NSEC", StringComparison.Ordinal))
            .Verify("ZL8132");

    [Test]
    public void Glue_types_do_not_belong_in_a_delegation_bit_map() =>
        SignedZones.Nsec()
            .Edit(l => IsRecord(l, "child.example.com.", "NSEC"), l => "[|" + l.Replace(" NS RRSIG NSEC", " A NS RRSIG NSEC", StringComparison.Ordinal))
            .Verify("ZL8132");

    [Test]
    public void Delegation_removed_with_its_DS_left_behind_is_caught()
    {
        // The DS's target, the delegation, is gone: the NSEC still lists NS, and ZL5006 reports the DS without a cut.
        var result = SignedZones.Nsec()
            .Remove(l => IsRecord(l, "secure.example.com.", "NS"))
            .Mark(l => IsRecord(l, "secure.example.com.", "NSEC"))
            .Verify("ZL8132");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8132").Message, Does.Contain("lists NS, which the name does not have"));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL5006").Select(d => d.Message), Has.One.Contains("not at a delegation point"));
    }
}
