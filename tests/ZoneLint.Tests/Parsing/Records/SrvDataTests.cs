using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class SrvDataTests
{
    [TestCase("10 60 5060 sip.example.com.", 10, 60, 5060, "sip.example.com.")]
    [TestCase("0 0 0 .", 0, 0, 0, ".")]
    [TestCase("65535 65535 65535 host", 65535, 65535, 65535, "host.example.com.")]
    [TestCase("( 1 2\n 3 @ )", 1, 2, 3, "example.com.")]
    public void Valid(string rdata, int priority, int weight, int port, string target)
    {
        var srv = RdataAssert.Parse<SrvData>("SRV", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(srv.Priority, Is.EqualTo(priority));
            Assert.That(srv.Weight, Is.EqualTo(weight));
            Assert.That(srv.Port, Is.EqualTo(port));
            Assert.That(srv.Target.ToString(), Is.EqualTo(target));
            Assert.That(srv.IsServiceUnavailable, Is.EqualTo(target == "."));
        });
    }

    [TestCase("@ SRV 0 0 [|http host.", "ZL0002", "SRV port must be a number from 0 to 65535, found 'http'")]
    [TestCase("@ SRV [|65536 0 0 host.", "ZL0002", "SRV priority must be a number from 0 to 65535, found '65536'")]
    [TestCase("@ SRV 0 [|-1 0 host.", "ZL0002", "SRV weight must be a number")]
    [TestCase("@ SRV 0 0 0 [|bad..name.", "ZL0004", "SRV target")]
    [TestCase("@ SRV 0 0 0[|", "ZL0002", "SRV target was expected")]
    [TestCase("@ SRV 1 2[|", "ZL0002", "SRV port was expected")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [TestCase("10 60 5060 sip.example.com.", "000A 003C 13C4 03736970076578616D706C6503636F6D00")]
    [TestCase("0 0 0 .", "0000 0000 0000 00")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("SRV", text, hex);

    [TestCase("000A 003C 13")]
    [TestCase("000A 003C 13C4 0473697000")]
    [TestCase("000A 003C 13C4 03736970")]
    public void GenericFormThatIsNotSrvIsRefused(string hex) => RdataAssert.GenericInvalid("SRV", hex);

    [TestCase("10 60 5060 sip.example.com.", "10 60 5060 sip.example.com.")]
    [TestCase("0 0 0 .", "0 0 0 .")]
    [TestCase("1 2 3 Weird\\.Label", "1 2 3 Weird\\.Label.example.com.")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("SRV", rdata), Is.EqualTo(printed));
}
