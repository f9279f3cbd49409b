using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8141NameMissingFromNsec3ChainTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec3().Verify("ZL8141");

    [Test]
    public void Dropped_NSEC3_is_reported_at_the_name()
    {
        string hashed = Nsec3Testing.HashedOwner("www.example.com.");
        var result = SignedZones.Nsec3()
            .Remove(l => l.StartsWith(hashed + " ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "www.example.com.", "A"))
            .Verify("ZL8141");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8141").Message, Does.Contain($"its hashed owner would be '{hashed}'"));
    }

    [Test]
    public void Empty_non_terminal_without_NSEC3_is_reported_at_the_first_record_below_it()
    {
        string hashed = Nsec3Testing.HashedOwner("ent.sub.example.com.");
        SignedZones.Nsec3()
            .Remove(l => l.StartsWith(hashed + " ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "deep.ent.sub.example.com.", "TXT"))
            .Verify("ZL8141");
    }

    [Test]
    public void Insecure_delegation_needs_an_NSEC3_without_opt_out()
    {
        string hashed = Nsec3Testing.HashedOwner("child.example.com.");
        SignedZones.Nsec3()
            .Remove(l => l.StartsWith(hashed + " ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "child.example.com.", "NS"))
            .Verify("ZL8141");
    }

    [Test]
    public void Opt_out_lets_an_insecure_delegation_go_without_one()
    {
        var zone = SignedZones.Nsec3(optOut: true);
        Assert.That(zone.Lines.Where(l => l.StartsWith(Nsec3Testing.HashedOwner("child.example.com.") + " ", StringComparison.Ordinal)), Is.Empty);
        zone.Verify("ZL8141");
    }

    [Test]
    public void Opt_out_does_not_excuse_a_secure_delegation()
    {
        string hashed = Nsec3Testing.HashedOwner("secure.example.com.");
        SignedZones.Nsec3(optOut: true)
            .Remove(l => l.StartsWith(hashed + " ", StringComparison.Ordinal))
            .Mark(l => IsRecord(l, "secure.example.com.", "NS"))
            .Verify("ZL8141");
    }
}
