using System.Text;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>RESINFO (RFC 9606 §5.1), WALLET, CLA, NINFO and AVC: the TXT layout under other type numbers.</summary>
public class TxtLikeDataTests
{
    [TestCase("RESINFO", "qnamemin exterr=15,16,17 infourl=https://resolver.example.com/guide", new[] { "qnamemin", "exterr=15,16,17", "infourl=https://resolver.example.com/guide" })]
    [TestCase("WALLET", "BTC 1H6WkSHdqVahBKczJrs9bBfFYhUHrP5R2F", new[] { "BTC", "1H6WkSHdqVahBKczJrs9bBfFYhUHrP5R2F" })]
    [TestCase("CLA", "CP-V4-V6 \"TCP-V6-V7\"", new[] { "CP-V4-V6", "TCP-V6-V7" })]
    [TestCase("NINFO", "\"This zone is for testing\"", new[] { "This zone is for testing" })]
    [TestCase("AVC", "\"app-name:WOLFGANG|app-class:OAM|business=yes\"", new[] { "app-name:WOLFGANG|app-class:OAM|business=yes" })]
    public void Valid(string type, string rdata, string[] strings)
    {
        var data = (CharacterStringsData)RdataAssert.ParseRecord(type, rdata).Data;
        Assert.Multiple(() =>
        {
            Assert.That(data.Type.ToString(), Is.EqualTo(type));
            Assert.That(data.Strings.Select(s => Encoding.UTF8.GetString(s.AsSpan())), Is.EqualTo(strings));
        });
    }

    [TestCase("RESINFO")]
    [TestCase("WALLET")]
    [TestCase("CLA")]
    [TestCase("NINFO")]
    [TestCase("AVC")]
    public void At_least_one_string(string type) =>
        RdataAssert.Invalid($"@ {type}[|", "ZL0002", "at least one character-string was expected");

    [TestCase("RESINFO", "qnamemin exterr=15-17", "08716E616D656D696E 0C6578746572723D31352D3137")]
    [TestCase("WALLET", "BTC 1H6WkSHdqVahBKczJrs9bBfFYhUHrP5R2F", "03425443 22314836576B53486471566168424B637A4A7273396242664659685548725035523246")]
    [TestCase("CLA", "CP-V4-V6 TCP-V6-V7", "0843502D56342D5636 095443502D56362D5637")]
    public void GenericFormEqualsText(string type, string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("RESINFO", "05 716E")]
    [TestCase("WALLET", "03425443 05")]
    public void GenericFormThatEndsEarlyIsRefused(string type, string hex) => RdataAssert.GenericInvalid(type, hex, "ends early");

    [Test]
    public void Equal_strings_of_different_types_differ()
    {
        var wallet = RdataAssert.ParseRecord("WALLET", "a b").Data;
        var cla = RdataAssert.ParseRecord("CLA", "a b").Data;
        Assert.That(wallet.ToWire(), Is.EqualTo(cla.ToWire()));
        Assert.That(wallet, Is.Not.EqualTo(cla));
        Assert.That(wallet.Type, Is.EqualTo(RRType.WALLET));
    }

    [TestCase("RESINFO", "qnamemin exterr=15-17", "\"qnamemin\" \"exterr=15-17\"")]
    [TestCase("WALLET", "NMC MwKMAXMaXPFQTSCiVD5zHucmA6r3gaAnra", "\"NMC\" \"MwKMAXMaXPFQTSCiVD5zHucmA6r3gaAnra\"")]
    [TestCase("NINFO", "\"a \\\"quoted\\\" word\"", "\"a \\\"quoted\\\" word\"")]
    public void PrintsQuotedAndParsesBack(string type, string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));
}
