using System.Net;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>APL (RFC 3123): address prefix lists, empty ones included.</summary>
public class AplDataTests
{
    [Test]
    public void Empty_rdata_is_an_empty_list()
    {
        // RFC 3123 §4: the RDATA holds zero or more items; BIND's bad-cname-and-apl.db and NSD's rr-test.zone have one.
        var apl = RdataAssert.Parse<AplData>("APL", string.Empty);
        Assert.That(apl.Items, Is.Empty);
        Assert.That(apl.ToWire(), Is.Empty);
        Assert.That(RdataAssert.RoundTrip("APL", string.Empty), Is.Empty);
    }

    [TestCase("1:192.168.32.0/21 !1:192.168.38.0/28", "1:192.168.32.0/21 !1:192.168.38.0/28")]
    [TestCase("( 1:192.168.42.0/26 1:192.168.42.64/26\n 1:192.168.42.128/25 )", "1:192.168.42.0/26 1:192.168.42.64/26 1:192.168.42.128/25")]
    [TestCase("1:224.0.0.0/4 2:FF00:0:0:0:0:0:0:0/8", "1:224.0.0.0/4 2:ff00::/8")]
    [TestCase("1:0.0.0.0/0 !2:::/0", "1:0.0.0.0/0 !2:::/0")]
    [TestCase("2:2001:db8::1/128", "2:2001:db8::1/128")]
    public void Valid(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("APL", rdata), Is.EqualTo(printed));

    [Test]
    public void Items_hold_family_prefix_negation_and_address()
    {
        var apl = RdataAssert.Parse<AplData>("APL", "1:192.168.32.0/21 !2:ff00::/8");
        Assert.That(
            apl.Items.Select(i => (i.IsNegated, i.Family, i.PrefixLength, i.Address)),
            Is.EqualTo(new[] { (false, AplItem.IPv4Family, (byte)21, IPAddress.Parse("192.168.32.0")), (true, AplItem.IPv6Family, (byte)8, IPAddress.Parse("ff00::")) }));
    }

    [TestCase("@ APL [|1:192.168.32.0", "APL item must be [!]afi:address/prefix")]
    [TestCase("@ APL 1:192.168.32.0/21 [|3:1.2.3.4/8", "APL item address family must be 1 (IPv4) or 2 (IPv6), found '3:1.2.3.4/8'")]
    [TestCase("@ APL [|1:192.168.32.0/33", "APL item prefix length must be 0 to 32 for family 1")]
    [TestCase("@ APL [|2:ff00::/129", "APL item prefix length must be 0 to 128 for family 2")]
    [TestCase("@ APL [|2:1.2.3.4/8", "APL item of family 2 must hold an IPv6 address")]
    [TestCase("@ APL [|1:ff00::/8", "APL item of family 1 must hold an IPv4 address")]
    [TestCase("@ APL [|!!1:1.2.3.4/8", "APL item must be [!]afi:address/prefix")]
    [TestCase("@ APL [|1:1.2.3.4/x", "APL item must be [!]afi:address/prefix")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("1:192.168.32.0/21 !1:192.168.38.0/28", "0001 15 03 C0A820 0001 1C 83 C0A826")]
    [TestCase("1:224.0.0.0/4 2:FF00:0:0:0:0:0:0:0/8", "0001 04 01 E0 0002 08 01 FF")]
    [TestCase("1:0.0.0.0/0", "0001 00 00")]
    [TestCase("2:2001:db8::1/128", "0002 80 10 20010DB8000000000000000000000001")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("APL", text, hex);

    [Test]
    public void Empty_generic_form_is_an_empty_list() =>
        Assert.That(RdataAssert.Parse<AplData>("APL", "\\# 0").Items, Is.Empty);

    [TestCase("0001 18 03 C0A800", "ends with a zero octet")]
    [TestCase("0003 08 01 FF", "address family 3 is not supported")]
    [TestCase("0001 20 05 0102030405", "at most 4 and 32")]
    [TestCase("0001 21 01 01", "at most 4 and 32")]
    [TestCase("0002 81 01 01", "at most 16 and 128")]
    [TestCase("0001 15 03 C0A8", "ends early")]
    public void GenericFormThatIsNotAplIsRefused(string hex, string message) => RdataAssert.GenericInvalid("APL", hex, message);
}
