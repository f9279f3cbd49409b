using System.Net;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>NID, L32 and L64 (RFC 6742 §2.1–2.3); LP is with the other name types.</summary>
public class IlnpDataTests
{
    [TestCase("NID", "10 0014:4fff:ff20:ee64", 10, 0x00144FFFFF20EE64UL, "10 0014:4fff:ff20:ee64")]
    [TestCase("NID", "65535 ffff:FFFF:ffff:FFFF", 65535, ulong.MaxValue, "65535 ffff:ffff:ffff:ffff")]
    [TestCase("L64", "10 2001:0DB8:1140:1000", 10, 0x20010DB811401000UL, "10 2001:0db8:1140:1000")]
    [TestCase("L64", "0 1:db8:0:a", 0, 0x00010DB80000000AUL, "0 0001:0db8:0000:000a")]
    public void Valid64(string type, string rdata, int preference, ulong value, string printed)
    {
        var data = (Ilnp64Data)RdataAssert.ParseRecord(type, rdata).Data;
        Assert.Multiple(() =>
        {
            Assert.That((data.Preference, data.Value), Is.EqualTo(((ushort)preference, value)));
            Assert.That(data, type == "NID" ? Is.InstanceOf<NidData>() : Is.InstanceOf<L64Data>());
            Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));
        });
    }

    [Test]
    public void L32_holds_an_ipv4_locator()
    {
        var l32 = RdataAssert.Parse<L32Data>("L32", "10 10.1.2.0");
        Assert.That((l32.Preference, l32.Locator), Is.EqualTo(((ushort)10, IPAddress.Parse("10.1.2.0"))));
        Assert.That(RdataAssert.RoundTrip("L32", "20 10.1.4.0"), Is.EqualTo("20 10.1.4.0"));
    }

    // The commented-out error cases of NSD's rr-test.zone, and more.
    [TestCase("@ NID 1 [|00fg:4fff:ff20:ee64", "NID node identifier must be four groups of 1 to 4 hex digits")]
    [TestCase("@ NID 1 [|00ff:4fff:ff20", "NID node identifier must be four groups")]
    [TestCase("@ NID 1 [|00f0", "found '00f0'")]
    [TestCase("@ NID 1 [|00ff:4fff:ff20:ee64:67", "four groups")]
    [TestCase("@ NID 1 [|00ff:ff2056:ee64:67", "four groups")]
    [TestCase("@ NID 1 [|:::1", "four groups")]
    [TestCase("@ L64 10 [|2001::1140:1000", "L64 locator must be four groups")]
    [TestCase("@ L64 [|-1 2001:0DB8:1140:1000", "L64 preference must be a number from 0 to 65535")]
    [TestCase("@ NID 10[|", "NID node identifier was expected")]
    [TestCase("@ L32 10 [|10.1.2", "L32 locator must be written as an IPv4 address")]
    [TestCase("@ L32 10 [|::1", "L32 locator must be written as an IPv4 address")]
    [TestCase("@ L32[|", "L32 preference was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("NID", "10 0014:4fff:ff20:ee64", "000A 00144FFFFF20EE64")]
    [TestCase("L64", "10 2001:0DB8:1140:1000", "000A 20010DB811401000")]
    [TestCase("L32", "10 10.1.2.0", "000A 0A010200")]
    public void GenericFormEqualsText(string type, string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("NID", "000A 00144FFFFF20EE")]
    [TestCase("L64", "000A 20010DB811401000 00")]
    [TestCase("L32", "000A 0A0102")]
    public void GenericFormOfTheWrongLengthIsRefused(string type, string hex) => RdataAssert.GenericInvalid(type, hex);
}
