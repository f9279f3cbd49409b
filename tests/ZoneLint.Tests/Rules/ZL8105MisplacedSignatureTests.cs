using ZoneLint.Tests.Infrastructure;
using ZoneLint.Model;
using ZoneLint.Tests.Dnssec;
using static ZoneLint.Tests.Dnssec.SignedText;

namespace ZoneLint.Tests.Rules;

public class ZL8105MisplacedSignatureTests
{
    private static string SignatureOver(string owner, string type, string data)
    {
        var origin = DomainName.Parse(SignedZones.Origin);
        var name = DomainName.Parse(owner);
        var parsed = ZoneLint.Parsing.ZoneParser.Parse($"{owner} 3600 IN {type} {data}\n", ZoneLint.Parsing.ZoneParseOptions.Default with { Origin = origin });
        return new TestSigner().SignRRset(origin, name, parsed.Zone.Records[0].Type, [parsed.Zone.Records[0]], SignedZones.EcdsaKeys[1]).ToString();
    }

    [Test]
    public void Signed_zone_is_clean() => SignedZones.Nsec().Verify("ZL8105");

    [Test]
    public void Signed_delegation_NS_is_reported() =>
        SignedZones.Nsec().Add("[|" + SignatureOver("child.example.com.", "NS", "ns.child.example.com.")).Verify("ZL8105");

    [Test]
    public void Signed_glue_is_reported()
    {
        var result = SignedZones.Nsec().Add("[|" + SignatureOver("ns.child.example.com.", "A", "192.0.2.53")).Verify("ZL8105");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8105").Message, Does.Contain("below the delegation 'child.example.com.'"));
    }

    [Test]
    public void Signature_left_over_from_removed_data_is_reported() =>
        SignedZones.Nsec()
            .Remove(l => IsRecord(l, "www.example.com.", "AAAA"))
            .Mark(l => IsRecord(l, "www.example.com.", "RRSIG", "AAAA"))
            .Verify("ZL8105");
}
