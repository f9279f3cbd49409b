using ZoneLint.Tests.Infrastructure;
using ZoneLint.Tests.Dnssec;

namespace ZoneLint.Tests.Rules;

public class ZL8143Nsec3BitmapWrongTests
{
    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec3().Verify("ZL8143");

    [Test]
    public void Type_missing_from_the_bit_map_is_reported()
    {
        string hashed = Nsec3Testing.HashedOwner("www.example.com.");
        var result = SignedZones.Nsec3()
            .Edit(l => l.StartsWith(hashed + " ", StringComparison.Ordinal) && l.Contains(" IN NSEC3 ", StringComparison.Ordinal), l => "[|" + l.Replace(" A AAAA RRSIG", " A RRSIG", StringComparison.Ordinal))
            .Verify("ZL8143");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8143").Message, Does.StartWith("NSEC3 for 'www.example.com.' bit map omits AAAA"));
    }

    [Test]
    public void Empty_non_terminal_lists_no_types()
    {
        string hashed = Nsec3Testing.HashedOwner("sub.example.com.");
        SignedZones.Nsec3()
            .Edit(l => l.StartsWith(hashed + " ", StringComparison.Ordinal) && l.Contains(" IN NSEC3 ", StringComparison.Ordinal), l => "[|" + l + " TXT")
            .Verify("ZL8143");
    }
}
