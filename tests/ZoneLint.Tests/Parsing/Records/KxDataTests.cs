using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class KxDataTests
{
    [TestCase("10 kx.example.com.", 10, "kx.example.com.")]
    [TestCase("0 .", 0, ".")]
    [TestCase("65535 kx", 65535, "kx.example.com.")]
    public void Valid(string rdata, int preference, string exchanger)
    {
        var kx = RdataAssert.Parse<KxData>("KX", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(kx.Preference, Is.EqualTo(preference));
            Assert.That(kx.Exchanger.ToString(), Is.EqualTo(exchanger));
        });
    }

    [TestCase("@ KX [|high kx.", "ZL0002", "KX preference must be a number from 0 to 65535, found 'high'")]
    [TestCase("@ KX [|70000 kx.", "ZL0002", "KX preference must be a number from 0 to 65535")]
    [TestCase("@ KX 10 [|a..b", "ZL0004", "KX exchanger")]
    [TestCase("@ KX 10[|", "ZL0002", "KX exchanger was expected")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [TestCase("10 kx.example.com.", "000A 026B78076578616D706C6503636F6D00")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("KX", text, hex);

    [TestCase("000A")]
    [TestCase("000A 026B78")]
    public void GenericFormThatIsNotKxIsRefused(string hex) => RdataAssert.GenericInvalid("KX", hex);

    [TestCase("10 kx", "10 kx.example.com.")]
    [TestCase("0 .", "0 .")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("KX", rdata), Is.EqualTo(printed));
}
