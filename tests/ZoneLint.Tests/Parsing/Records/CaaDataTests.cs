using System.Text;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class CaaDataTests
{
    [TestCase("0 issue \"ca.example.net\"", 0, "issue", "ca.example.net")]
    [TestCase("0 issue \"ca.example.net; account=230123\"", 0, "issue", "ca.example.net; account=230123")]
    [TestCase("0 iodef \"mailto:security@example.com\"", 0, "iodef", "mailto:security@example.com")]
    [TestCase("128 tbs \"Unknown\"", 128, "tbs", "Unknown")]
    [TestCase("0 issuewild \";\"", 0, "issuewild", ";")]
    [TestCase("0 issue ca.example.net", 0, "issue", "ca.example.net")]
    [TestCase("0 issue \"\"", 0, "issue", "")]
    [TestCase("255 ISSUE \"x\"", 255, "ISSUE", "x")]
    [TestCase("0 abcdefghij12345 \"v\"", 0, "abcdefghij12345", "v")]
    [TestCase("2 auth \"0>09\\006\\010+\"", 2, "auth", "0>09\u0006\n+")]
    public void Valid(string rdata, int flags, string tag, string value)
    {
        var caa = RdataAssert.Parse<CaaData>("CAA", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(caa.Flags, Is.EqualTo(flags));
            Assert.That(caa.IsIssuerCritical, Is.EqualTo(flags >= 128));
            Assert.That(Encoding.ASCII.GetString(caa.Tag.AsSpan()), Is.EqualTo(tag));
            Assert.That(caa.TagText, Is.EqualTo(tag));
            Assert.That(Encoding.UTF8.GetString(caa.Value.AsSpan()), Is.EqualTo(value));
        });
    }

    [TestCase("@ CAA [|256 issue \"ca.example.net\"", "CAA flags must be a number from 0 to 255, found '256'")]
    [TestCase("@ CAA [|critical issue \"ca.example.net\"", "CAA flags must be a number from 0 to 255, found 'critical'")]
    [TestCase("@ CAA 0 [|issue-wild \"ca.example.net\"", "CAA tag must be 1 to 15 ASCII letters and digits (such as issue, issuewild or iodef; RFC 8659 §4.1), found 'issue-wild'")]
    [TestCase("@ CAA 0 [|abcdefghij123456 \"v\"", "CAA tag must be 1 to 15 ASCII letters and digits")]
    [TestCase("@ CAA 0 [|\"\" \"v\"", "CAA tag must be 1 to 15 ASCII letters and digits")]
    [TestCase("@ CAA 0 [|iss\\117e \"v\"", "CAA tag must be 1 to 15 ASCII letters and digits")]
    [TestCase("@ CAA 0 [|isśue \"v\"", "CAA tag must be 1 to 15 ASCII letters and digits")]
    [TestCase("@ CAA 0 issue[|", "CAA value was expected")]
    [TestCase("@ CAA 0[|", "CAA tag was expected")]
    [TestCase("@ CAA 0 issue [|\"ca\\99\"", "CAA value has a bad escape")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [Test]
    public void ValueIsNotLimitedTo255Octets()
    {
        string value = new('v', 300);
        Assert.That(RdataAssert.Parse<CaaData>("CAA", $"0 issue \"{value}\"").Value, Has.Length.EqualTo(300));
    }

    [TestCase("0 issue \"ca.example.net\"", "00 05 6973737565 63612E6578616D706C652E6E6574")]
    [TestCase("128 tbs \"Unknown\"", "80 03 746273 556E6B6E6F776E")]
    [TestCase("0 issue \"\"", "00 05 6973737565")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("CAA", text, hex);

    [TestCase("00 00", "tag")]
    [TestCase("00 10 41414141414141414141414141414141", "tag")]
    [TestCase("00 05 6973732D65", "tag")]
    [TestCase("00 05 697373", "ends early")]
    public void GenericFormThatIsNotCaaIsRefused(string hex, string message) => RdataAssert.GenericInvalid("CAA", hex, message);

    [TestCase("0 issue ca.example.net", "0 issue \"ca.example.net\"")]
    [TestCase("128 Issue \"a\\\"b \\\\ \\255\"", "128 Issue \"a\\\"b \\\\ \\255\"")]
    [TestCase("0 iodef \"\"", "0 iodef \"\"")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("CAA", rdata), Is.EqualTo(printed));
}
