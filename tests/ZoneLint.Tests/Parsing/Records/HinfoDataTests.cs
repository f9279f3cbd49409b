using System.Text;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class HinfoDataTests
{
    [TestCase("\"Generic PC\" \"NetBSD\"", "Generic PC", "NetBSD")]
    [TestCase("PC Linux", "PC", "Linux")]
    [TestCase("\"RFC8482\" \"\"", "RFC8482", "")]
    [TestCase(". .", ".", ".")]
    [TestCase("\"say \\\"hi\\\"\" \\065\\066", "say \"hi\"", "AB")]
    public void Valid(string rdata, string cpu, string os)
    {
        var hinfo = RdataAssert.Parse<HinfoData>("HINFO", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString(hinfo.Cpu.AsSpan()), Is.EqualTo(cpu));
            Assert.That(Encoding.UTF8.GetString(hinfo.Os.AsSpan()), Is.EqualTo(os));
        });
    }

    [TestCase("@ HINFO \"PC\"[|", "ZL0002", "HINFO OS was expected")]
    [TestCase("@ HINFO[|", "ZL0002", "HINFO CPU was expected")]
    [TestCase("@ HINFO [|\"bad \\999\" os", "ZL0002", "HINFO CPU has a bad escape")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [Test]
    public void StringOver255OctetsIsRefused() =>
        RdataAssert.Invalid($"@ HINFO [|{new string('x', 256)} os", "ZL0002", "HINFO CPU is 256 octets long");

    [TestCase("\"Generic PC\" \"NetBSD\"", "0A47656E65726963205043 064E6574425344")]
    [TestCase("\"\" \"\"", "00 00")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("HINFO", text, hex);

    [TestCase("0A47656E")]
    [TestCase("0150")]
    public void GenericFormThatIsNotHinfoIsRefused(string hex) => RdataAssert.GenericInvalid("HINFO", hex);

    [TestCase("PC Linux", "\"PC\" \"Linux\"")]
    [TestCase("\"a \\\"b\\\" \\\\ c\" \"\\255\\000\"", "\"a \\\"b\\\" \\\\ c\" \"\\255\\000\"")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("HINFO", rdata), Is.EqualTo(printed));
}
