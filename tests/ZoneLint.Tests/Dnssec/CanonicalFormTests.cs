using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Dnssec;

/// <summary>
/// The canonical RDATA form signatures are made over (RFC 4034 §6.2) with RFC 6840 §5.1's correction: names in the
/// RDATA of the listed types are lower-cased, RRSIG's signer included, but NSEC's Next Domain Name is not.
/// </summary>
public class CanonicalFormTests
{
    [TestCase("MX 10 MAIL.Example.COM.", "mail.example.com.")]
    [TestCase("NS NS1.Example.COM.", "ns1.example.com.")]
    [TestCase("CNAME Target.Example.COM.", "target.example.com.")]
    [TestCase("SOA NS1.Example.COM. Host.Example.COM. 1 2 3 4 5", "ns1.example.com.")]
    [TestCase("SRV 0 0 443 Host.Example.COM.", "host.example.com.")]
    [TestCase("NAPTR 1 1 \"s\" \"SIP+D2U\" \"\" _SIP._udp.Example.COM.", "_sip._udp.example.com.")]
    [TestCase("RRSIG A 13 2 3600 20250101000000 20240101000000 1 Example.COM. AAAA", "example.com.")]
    public void Names_in_listed_types_are_lower_cased(string rdata, string lowered) =>
        Assert.That(CanonicalText(rdata), Does.Contain(Wire(lowered)));

    [TestCase("NSEC Next.Example.COM. A RRSIG NSEC", "Next.Example.COM.")]
    [TestCase("HTTPS 1 Target.Example.COM. alpn=h2", "Target.Example.COM.")]
    public void Names_in_other_types_keep_their_case(string rdata, string kept) =>
        Assert.That(CanonicalText(rdata), Does.Contain(Wire(kept)));

    private static string CanonicalText(string rdata)
    {
        var parsed = ZoneParser.Parse("x.example.com. 3600 IN " + rdata + "\n", ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });
        Assert.That(parsed.Diagnostics, Is.Empty);
        return Convert.ToHexString(parsed.Zone.Records[0].Data.ToWire(WireForm.Canonical));
    }

    private static string Wire(string name) => Convert.ToHexString(DomainName.Parse(name).Wire);
}
