using ZoneLint.Model;
using ZoneLint.Model.Records;
using static ZoneLint.Tests.Parsing.Records.DnssecSvcbAssert;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>NSEC RDATA (RFC 4034 §4) and the type bit map encoding (RFC 4034 §4.1.2) it shares with NSEC3.</summary>
public class NsecDataTests
{
    [Test]
    public void Rfc4034_example_has_the_documented_wire_form()
    {
        // RFC 4034 §4.3: "alfa.example.com. 86400 IN NSEC host.example.com. ( A MX RRSIG NSEC TYPE1234 )".
        var nsec = Single<NsecData>("alfa NSEC host.example.com. ( A MX RRSIG NSEC TYPE1234 )\n");
        byte[] name = [4, .. "host"u8, 7, .. "example"u8, 3, .. "com"u8, 0];
        byte[] bitmap = [0x00, 0x06, 0x40, 0x01, 0x00, 0x00, 0x00, 0x03, 0x04, 0x1b, .. new byte[26], 0x20];
        Assert.That(nsec.ToWire(), Is.EqualTo(name.Concat(bitmap).ToArray()));
        Assert.That(nsec.Types.Select(t => t.Value), Is.EqualTo(new ushort[] { 1, 15, 46, 47, 1234 }));
        Assert.That(nsec.ToString(), Is.EqualTo("host.example.com. A MX RRSIG NSEC TYPE1234"));
    }

    [TestCase("www.example.com. A AAAA RRSIG NSEC", "www.example.com.", new ushort[] { 1, 28, 46, 47 })]
    [TestCase("www NSEC RRSIG AAAA A a type1", "www.example.com.", new ushort[] { 1, 28, 46, 47 })]
    [TestCase("@ NS SOA RRSIG NSEC DNSKEY TYPE65535", "example.com.", new ushort[] { 2, 6, 46, 47, 48, 65535 })]
    [TestCase("next.example.com.", "next.example.com.", new ushort[0])]
    [TestCase("x.example.com. TYPE0 TYPE255 TYPE256 CAA", "x.example.com.", new ushort[] { 0, 255, 256, 257 })]
    public void Valid(string rdata, string next, ushort[] types)
    {
        var nsec = Single<NsecData>($"alfa NSEC {rdata}\n");
        Assert.That(nsec.NextDomainName.ToString(), Is.EqualTo(next));
        Assert.That(nsec.Types.Select(t => t.Value), Is.EqualTo(types));
        Assert.That(nsec.HasType(RRType.A), Is.EqualTo(types.Contains((ushort)1)));
    }

    [Test]
    public void Next_name_keeps_its_case_in_canonical_form()
    {
        // RFC 6840 §5.1: NSEC is not lower-cased; RFC 4034 §6.2 listed it by mistake.
        var nsec = Single<NsecData>("alfa NSEC HOST.example.com. A\n");
        Assert.That(nsec.ToWire(WireForm.Canonical), Is.EqualTo(nsec.ToWire()));
        Assert.That(System.Text.Encoding.ASCII.GetString(nsec.ToWire()), Does.Contain("HOST"));
        Assert.That(nsec, Is.EqualTo(Single<NsecData>("alfa NSEC host.example.com. A\n")), "equality ignores case");
    }

    [TestCase("alfa NSEC [|a..b A", "ZL0004", "next domain name")]
    [TestCase("alfa NSEC host.example.com. A [|BOGUS", "ZL0002", "BOGUS")]
    [TestCase("alfa NSEC host.example.com. A [|TYPE65536", "ZL0002", "type bit map")]
    [TestCase("alfa NSEC host.example.com. [|\"A\"", "ZL0002", "type bit map")]
    [TestCase("alfa NSEC[|", "ZL0002", "next domain name")]
    public void Invalid(string markup, string id, string expected)
    {
        string message = Error(markup + "\n", id);
        Assert.That(message, Does.Contain(expected));
    }

    [TestCase("04686f737400 0000", "length 0")]
    [TestCase("04686f737400 0021 " + "4000000000000000000000000000000000000000000000000000000000000000 40", "length 33")]
    [TestCase("04686f737400 000140 000140", "window 0 follows window 0")]
    [TestCase("04686f737400 010140 000140", "window 0 follows window 1")]
    [TestCase("04686f737400 00024000", "zero octet")]
    [TestCase("04686f737400 000240", "ends early")]
    [TestCase("04686f737400 00", "ends early")]
    public void Invalid_wire_bit_maps(string hex, string expected)
    {
        byte[] wire = Hex(hex);
        var result = Parse($"alfa NSEC \\# {wire.Length} {Convert.ToHexString(wire)}\n");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0002" }), Describe(result));
        Assert.That(result.Diagnostics[0].Message, Does.Contain(expected));
    }

    [TestCase("host.example.com. A MX RRSIG NSEC TYPE1234")]
    [TestCase("host.example.com.")]
    [TestCase("host.example.com. TYPE0 TYPE255 TYPE256 TYPE65535 TYPE32768")]
    public void Generic_form_equals_text(string rdata) => GenericEqualsText("NSEC", rdata);

    [TestCase("Host.Example.com. ( nsec rrsig a TYPE1234 )")]
    [TestCase("@")]
    public void Print_parse_round_trip(string rdata) => RoundTrip("NSEC", rdata);

    [Test]
    public void Constructor_sorts_and_removes_duplicates()
    {
        var nsec = new NsecData(DomainName.Parse("a.example."), [RRType.NSEC, RRType.A, RRType.A, RRType.RRSIG]);
        Assert.That(nsec.ToString(), Is.EqualTo("a.example. A RRSIG NSEC"));
    }
}
