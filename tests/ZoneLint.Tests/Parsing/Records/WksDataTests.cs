using System.Net;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>WKS (RFC 1035 §3.4.2): protocol and services by number or name.</summary>
public class WksDataTests
{
    [TestCase("10.0.0.1 6 ( 0 1 2 21 23 )", 6, new[] { 0, 1, 2, 21, 23 })]
    [TestCase("10.0.0.1 tcp telnet ftp 0 1 2", 6, new[] { 0, 1, 2, 21, 23 })]
    [TestCase("192.168.1.2 6 53 25 22 123", 6, new[] { 22, 25, 53, 123 })]
    [TestCase("192.168.1.2 UDP domain 53", 17, new[] { 53 })]
    [TestCase("192.0.2.1 6 smtp", 6, new[] { 25 })]
    [TestCase("10.0.0.2 6 65535", 6, new[] { 65535 })]
    [TestCase("10.0.0.2 255", 255, new int[0])]
    public void Valid(string rdata, int protocol, int[] ports)
    {
        var wks = RdataAssert.Parse<WksData>("WKS", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(wks.Address, Is.EqualTo(IPAddress.Parse(rdata.Split(' ')[0])));
            Assert.That(wks.Protocol, Is.EqualTo(protocol));
            Assert.That(wks.Ports.Select(p => (int)p), Is.EqualTo(ports));
        });
    }

    [TestCase("@ WKS [|10.0.0 6 25", "WKS address must be an IPv4 address")]
    [TestCase("@ WKS 10.0.0.1 [|sctpx 25", "WKS protocol must be a number from 0 to 255 or a protocol name such as tcp or udp, found 'sctpx'")]
    [TestCase("@ WKS 10.0.0.1 [|256 25", "WKS protocol must be a number from 0 to 255")]
    [TestCase("@ WKS 10.0.0.1 6 25 [|no-such-service", "WKS service must be a port number from 0 to 65535 or a service name such as smtp or domain, found 'no-such-service'")]
    [TestCase("@ WKS 10.0.0.1 6 [|65536", "WKS service must be a port number from 0 to 65535")]
    [TestCase("@ WKS 10.0.0.1[|", "WKS protocol was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("10.0.0.1 6 0 1 2 21 23", "0A000001 06 E00005")]
    [TestCase("192.168.1.2 udp 53", "C0A80102 11 00000000000004")]
    [TestCase("10.0.0.2 255", "0A000002 FF")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("WKS", text, hex);

    [Test]
    public void Trailing_zero_octets_of_the_bit_map_do_not_matter()
    {
        var padded = RdataAssert.Parse<WksData>("WKS", "\\# 11 0A000001 06 E00005 0000 00");
        var text = RdataAssert.Parse<WksData>("WKS", "10.0.0.1 6 0 1 2 21 23");
        Assert.That(padded, Is.EqualTo(text));
        Assert.That(padded.ToWire(), Is.EqualTo(text.ToWire()));
    }

    [TestCase("0A0000")]
    [TestCase("0A000001")]
    public void GenericFormThatIsNotWksIsRefused(string hex) => RdataAssert.GenericInvalid("WKS", hex, "ends early");

    [TestCase("10.0.0.1 tcp ( 23 21 2 1 0 )", "10.0.0.1 6 0 1 2 21 23")]
    [TestCase("192.168.1.2 udp 53 53", "192.168.1.2 17 53")]
    public void PrintsNumbersInOrderAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("WKS", rdata), Is.EqualTo(printed));
}
