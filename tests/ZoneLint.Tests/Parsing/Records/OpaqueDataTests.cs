using System.Text;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>DOA, IPN, SINK, HHIT and BRID: numbers and opaque data.</summary>
public class OpaqueDataTests
{
    [TestCase("0 1 2 \"\" bWFpbHRvOmxhYnNAbmxuZXRsYWJzLm5s", 0u, 1u, 2, "", "mailto:labs@nlnetlabs.nl")]
    [TestCase("0 100000 200 example/nothing -", 0u, 100000u, 200, "example/nothing", "")]
    [TestCase("4294967295 4294967295 255 \"text/plain\" ( aHR0cHM6Ly93d3cu aXNjLm9yZy8= )", uint.MaxValue, uint.MaxValue, 255, "text/plain", "https://www.isc.org/")]
    public void Doa(string rdata, uint enterprise, uint type, int location, string mediaType, string data)
    {
        var doa = RdataAssert.Parse<DoaData>("DOA", rdata);
        Assert.Multiple(() =>
        {
            Assert.That((doa.Enterprise, doa.DoaType, doa.Location), Is.EqualTo((enterprise, type, (byte)location)));
            Assert.That(Encoding.UTF8.GetString(doa.MediaType.AsSpan()), Is.EqualTo(mediaType));
            Assert.That(Encoding.UTF8.GetString(doa.Data.AsSpan()), Is.EqualTo(data));
        });
    }

    [TestCase("100", 100UL, 0u, 100u)]
    [TestCase("100.100", 429496729700UL, 100u, 100u)]
    [TestCase("10000000000000000000", 10000000000000000000UL, 2328306436u, 2313682944u)]
    [TestCase("18446744073709551615", ulong.MaxValue, uint.MaxValue, uint.MaxValue)]
    [TestCase("4294967295.4294967295", ulong.MaxValue, uint.MaxValue, uint.MaxValue)]
    public void Ipn(string rdata, ulong number, uint allocator, uint node)
    {
        var ipn = RdataAssert.Parse<IpnData>("IPN", rdata);
        Assert.That((ipn.NodeNumber, ipn.Allocator, ipn.Node), Is.EqualTo((number, allocator, node)));
        Assert.That(RdataAssert.RoundTrip("IPN", rdata), Is.EqualTo(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("8 0 2 l4ik", 8, 0, 2, "9788A4")]
    [TestCase("1 2 3", 1, 2, 3, "")]
    [TestCase("1 2 3 ( AQ ID )", 1, 2, 3, "010203")]
    // NSD's rr-test.zone writes the older two-number form; the octets are the same.
    [TestCase("64 1 TkxuZXRMYWJzLm5s", 64, 1, 0x4E, "4C6E65744C6162732E6E6C")]
    public void Sink(string rdata, int meaning, int coding, int subcoding, string data)
    {
        var sink = RdataAssert.Parse<SinkData>("SINK", rdata);
        Assert.Multiple(() =>
        {
            Assert.That((sink.Meaning, sink.Coding, sink.Subcoding), Is.EqualTo(((byte)meaning, (byte)coding, (byte)subcoding)));
            Assert.That(Convert.ToHexString(sink.Data.AsSpan()), Is.EqualTo(data));
        });
    }

    [TestCase("HHIT", typeof(HhitData))]
    [TestCase("BRID", typeof(BridData))]
    public void Drip_data_is_base64(string type, Type expected)
    {
        var data = (DripData)RdataAssert.ParseRecord(type, "( abcd\n ABCD )").Data;
        Assert.That(data, Is.InstanceOf(expected));
        Assert.That(Convert.ToHexString(data.Data.AsSpan()), Is.EqualTo("69B71D001083"));
        Assert.That(RdataAssert.RoundTrip(type, "( abcd\n ABCD )"), Is.EqualTo("abcdABCD"));
    }

    [TestCase("@ DOA 0 1 2 \"\"[|", "DOA data (Base64, or '-' for none) was expected")]
    [TestCase("@ DOA [|-1 1 2 \"\" -", "DOA enterprise must be a number from 0 to 4294967295")]
    [TestCase("@ DOA 0 1 [|256 \"\" -", "DOA location must be a number from 0 to 255")]
    [TestCase("@ DOA 0 1 2 \"\" [|bWFp!", "DOA data (Base64, or '-' for none) is not valid Base64")]
    [TestCase("@ IPN [|18446744073709551616", "IPN node number must be a number from 0 to 18446744073709551615, or allocator.node")]
    [TestCase("@ IPN [|4294967296.1", "allocator.node with two numbers from 0 to 4294967295")]
    [TestCase("@ IPN [|1.2.3", "IPN node number must be")]
    [TestCase("@ IPN [|-1", "IPN node number must be")]
    [TestCase("@ IPN[|", "IPN node number was expected")]
    [TestCase("@ SINK 8 0[|", "SINK subcoding was expected")]
    [TestCase("@ SINK 8 [|256 2 l4ik", "SINK coding must be a number from 0 to 255")]
    [TestCase("@ SINK 8 0 [|x!", "SINK subcoding must be a number from 0 to 255 followed by the data in Base64, found 'x!'")]
    [TestCase("@ SINK 8 0 2 [|l4i", "SINK data (Base64) is not valid Base64")]
    [TestCase("@ HHIT[|", "HHIT data (Base64) was expected")]
    [TestCase("@ BRID [|abc", "BRID data (Base64) is not valid Base64")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("DOA", "0 1 2 \"\" bWFpbHRvOmxhYnNAbmxuZXRsYWJzLm5s", "00000000 00000001 02 00 6D61696C746F3A6C616273406E6C6E65746C6162732E6E6C")]
    [TestCase("DOA", "0 100000 200 example/nothing -", "00000000 000186A0 C8 0F6578616D706C652F6E6F7468696E67")]
    [TestCase("IPN", "100.100", "0000006400000064")]
    [TestCase("IPN", "10000000000000000000", "8AC7230489E80000")]
    [TestCase("SINK", "8 0 2 l4ik", "08 00 02 9788A4")]
    [TestCase("SINK", "64 1 TkxuZXRMYWJzLm5s", "40 01 4E4C6E65744C6162732E6E6C")]
    [TestCase("HHIT", "abcd", "69B71D")]
    [TestCase("BRID", "abcd", "69B71D")]
    public void GenericFormEqualsText(string type, string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("DOA", "00000000 00000001 02", "ends early")]
    [TestCase("DOA", "00000000 00000001 02 05 6162", "ends early")]
    [TestCase("IPN", "00000064 000000", "ends early")]
    [TestCase("SINK", "08 00", "ends early")]
    public void GenericFormThatIsNotTheTypeIsRefused(string type, string hex, string message) => RdataAssert.GenericInvalid(type, hex, message);

    [TestCase("HHIT")]
    [TestCase("BRID")]
    public void Empty_drip_data_is_refused(string type) => RdataAssert.Invalid($"@ {type} [|\\# 0", "ZL0002", "the RDATA is empty");

    [TestCase("DOA", "0 100000 200 example/nothing -", "0 100000 200 \"example/nothing\" -")]
    [TestCase("SINK", "64 1 TkxuZXRMYWJzLm5s", "64 1 78 TG5ldExhYnMubmw=")]
    [TestCase("SINK", "1 2 3", "1 2 3")]
    public void PrintsAndParsesBack(string type, string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));
}
