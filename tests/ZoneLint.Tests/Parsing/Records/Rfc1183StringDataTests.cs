using System.Text;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>The types whose RDATA is character-strings: X25 and ISDN (RFC 1183 §3.1, §3.2) and GPOS (RFC 1712 §3).</summary>
public class Rfc1183StringDataTests
{
    [TestCase("\"123456789\"", "123456789", true)]
    [TestCase("123456789", "123456789", true)]
    [TestCase("\"x25 address in text format\"", "x25 address in text format", false)]
    public void X25(string rdata, string address, bool isDecimal)
    {
        var x25 = RdataAssert.Parse<X25Data>("X25", rdata);
        Assert.That((Encoding.UTF8.GetString(x25.Address.AsSpan()), x25.IsDecimal), Is.EqualTo((address, isDecimal)));
    }

    [TestCase("isdn-address", "isdn-address", null)]
    [TestCase("\"isdn-address\" \"subaddress\"", "isdn-address", "subaddress")]
    [TestCase("isdn-address subaddress", "isdn-address", "subaddress")]
    [TestCase("\"isdn address\" \"\"", "isdn address", "")]
    public void Isdn(string rdata, string address, string? subaddress)
    {
        var isdn = RdataAssert.Parse<IsdnData>("ISDN", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString(isdn.Address.AsSpan()), Is.EqualTo(address));
            Assert.That(isdn.Subaddress is { } sa ? Encoding.UTF8.GetString(sa.AsSpan()) : null, Is.EqualTo(subaddress));
        });
    }

    [TestCase("-32.6882 116.8652 10.0", "-32.6882", "116.8652", "10.0")]
    [TestCase("\"-22.6882\" \"116.8652\" \"250.0\"", "-22.6882", "116.8652", "250.0")]
    [TestCase("+180 -180. .5", "+180", "-180.", ".5")]
    [TestCase("0 0 -10000000000", "0", "0", "-10000000000")]
    public void Gpos(string rdata, string longitude, string latitude, string altitude)
    {
        var gpos = RdataAssert.Parse<GposData>("GPOS", rdata);
        Assert.That((gpos.Longitude, gpos.Latitude, gpos.Altitude), Is.EqualTo((longitude, latitude, altitude)));
    }

    [TestCase("@ X25[|", "ZL0002", "X25 PSDN address was expected")]
    [TestCase("@ X25 a [|b", "ZL0001", "unexpected 'b'")]
    [TestCase("@ ISDN[|", "ZL0002", "ISDN address was expected")]
    [TestCase("@ ISDN a b [|c", "ZL0001", "unexpected 'c'")]
    [TestCase("@ GPOS -32.6882 116.8652[|", "ZL0002", "GPOS altitude was expected")]
    [TestCase("@ GPOS [|north 116.8652 10.0", "ZL0002", "GPOS longitude must be a number such as -32.6882 (RFC 1712 §3), found 'north'")]
    [TestCase("@ GPOS 1 [|\"\" 10.0", "ZL0002", "GPOS latitude must be a number")]
    [TestCase("@ GPOS 1 2 [|1.2.3", "ZL0002", "GPOS altitude must be a number")]
    [TestCase("@ GPOS 1 2 [|1e5", "ZL0002", "GPOS altitude must be a number")]
    [TestCase("@ GPOS [|180.01 0 0", "ZL0002", "GPOS longitude must be within -180 to 180 degrees")]
    [TestCase("@ GPOS 0 [|-200 0", "ZL0002", "GPOS latitude must be within -180 to 180 degrees")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [TestCase("X25", "123456789", "09313233343536373839")]
    [TestCase("ISDN", "isdn-address subaddress", "0C6973646E2D61646472657373 0A73756261646472657373")]
    [TestCase("ISDN", "isdn-address", "0C6973646E2D61646472657373")]
    [TestCase("GPOS", "-32.6882 116.8652 10.0", "082D33322E36383832 083131362E38363532 0431302E30")]
    public void GenericFormEqualsText(string type, string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("X25", "05 3132")]
    [TestCase("ISDN", "0C6973646E2D61646472657373 05")]
    [TestCase("GPOS", "082D33322E36383832 083131362E38363532", "ends early")]
    [TestCase("GPOS", "0161 0130 0130", "GPOS longitude must be a number")]
    public void GenericFormThatIsNotTheTypeIsRefused(string type, string hex, string? message = null) => RdataAssert.GenericInvalid(type, hex, message);

    [TestCase("X25", "123456789", "\"123456789\"")]
    [TestCase("ISDN", "isdn-address", "\"isdn-address\"")]
    [TestCase("ISDN", "\"isdn address\" \"\"", "\"isdn address\" \"\"")]
    [TestCase("GPOS", "\"-22.6882\" \"116.8652\" \"250.0\"", "-22.6882 116.8652 250.0")]
    public void PrintsAndParsesBack(string type, string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));
}
