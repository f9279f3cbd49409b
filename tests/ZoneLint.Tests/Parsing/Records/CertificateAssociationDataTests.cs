using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>TLSA (RFC 6698) and SMIMEA (RFC 8162) share their layout; every case runs for both.</summary>
[TestFixture("TLSA", typeof(TlsaData))]
[TestFixture("SMIMEA", typeof(SmimeaData))]
public class CertificateAssociationDataTests(string type, Type dataType)
{
    [TestCase("3 1 1 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065", 3, 1, 1, "A9CDF989B504FE5DCA90C0D2167B6550570734F7C763E09FDF88904E06157065")]
    [TestCase("( 1 1 2 92003ba34942dc74152e2f2c408d29ec\n a20a7c1a )", 1, 1, 2, "92003BA34942DC74152E2F2C408D29ECA20A7C1A")]
    [TestCase("0 0 0 30", 0, 0, 0, "30")]
    [TestCase("255 255 255 FF", 255, 255, 255, "FF")]
    public void Valid(string rdata, int usage, int selector, int matchingType, string data)
    {
        var record = RdataAssert.ParseRecord(type, rdata);
        Assert.That(record.Data, Is.InstanceOf(dataType));
        var tlsa = (CertificateAssociationData)record.Data;
        Assert.Multiple(() =>
        {
            Assert.That(tlsa.Type.ToString(), Is.EqualTo(type));
            Assert.That(tlsa.Usage, Is.EqualTo(usage));
            Assert.That(tlsa.Selector, Is.EqualTo(selector));
            Assert.That(tlsa.MatchingType, Is.EqualTo(matchingType));
            Assert.That(Convert.ToHexString(tlsa.Data.AsSpan()), Is.EqualTo(data));
        });
    }

    [TestCase("[|256 1 1 00", "certificate usage must be a number from 0 to 255, found '256'")]
    [TestCase("[|DANE-EE 1 1 00", "certificate usage must be a number from 0 to 255, found 'DANE-EE'")]
    [TestCase("3 [|-1 1 00", "selector must be a number from 0 to 255, found '-1'")]
    [TestCase("3 1 [|1000 00", "matching type must be a number from 0 to 255, found '1000'")]
    [TestCase("3 1 1 [|0g", "certificate association data is not valid hexadecimal")]
    [TestCase("3 1 1 [|a9c", "certificate association data is not valid hexadecimal")]
    [TestCase("3 1 1[|", "certificate association data was expected")]
    public void Invalid(string markup, string message)
    {
        var d = RdataAssert.Invalid($"@ {type} {markup}", "ZL0002", message);
        Assert.That(d.Message, Does.Contain(type));
    }

    [TestCase("3 1 1 a9cdf989b504fe5dca90c0d2167b6550570734f7c763e09fdf88904e06157065", "03 01 01 A9CDF989B504FE5DCA90C0D2167B6550570734F7C763E09FDF88904E06157065")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("030101", "empty")]
    [TestCase("0301", "ends early")]
    public void GenericFormThatDoesNotFitIsRefused(string hex, string message) => RdataAssert.GenericInvalid(type, hex, message);

    [TestCase("3 1 1 a9cdf989 b504fe5d", "3 1 1 A9CDF989B504FE5D")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));
}
