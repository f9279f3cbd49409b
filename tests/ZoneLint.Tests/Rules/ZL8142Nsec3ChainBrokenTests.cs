using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;

namespace ZoneLint.Tests.Rules;

public class ZL8142Nsec3ChainBrokenTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec3().Verify("ZL8142");

    [Test]
    public void Wrong_next_hash_is_reported()
    {
        string hashed = Nsec3Testing.HashedOwner("www.example.com.");
        var zone = SignedZones.Nsec3();
        var line = zone.Lines.Single(l => l.StartsWith(hashed + " ", StringComparison.Ordinal) && l.Contains(" IN NSEC3 ", StringComparison.Ordinal));
        string next = line.Split(' ')[8];
        string other = next[..^1] + (next[^1] == '0' ? '1' : '0');
        zone.Edit(l => l == line, l => "[|" + l.Replace(" " + next + " ", " " + other + " ", StringComparison.Ordinal)).Verify("ZL8142");
    }

    [Test]
    public void NSEC3_of_a_name_that_is_gone_is_reported_and_so_is_the_link_skipping_it()
    {
        // Removing www's records but not its NSEC3 leaves an orphan, while the chain itself still links through it.
        string hashed = Nsec3Testing.HashedOwner("www.example.com.");
        var result = SignedZones.Nsec3()
            .Remove(l => l.StartsWith("www.example.com. ", StringComparison.Ordinal))
            .Mark(l => l.StartsWith(hashed + " ", StringComparison.Ordinal) && l.Contains(" IN NSEC3 ", StringComparison.Ordinal))
            .Verify("ZL8142");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8142").Message, Does.Contain("is the hash of no name"));
    }

    [Test]
    public void Owner_that_is_not_a_hash_is_reported() =>
        SignedZones.Nsec3().Add("[|nothash.example.com. 3600 IN NSEC3 1 0 1 ABCD 0123456789ABCDEFGHIJKLMNOPQRSTUV A").Verify("ZL8142");
}
