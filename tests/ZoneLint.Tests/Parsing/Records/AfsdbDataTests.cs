using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class AfsdbDataTests
{
    [TestCase("1 afs.example.com.", 1, "afs.example.com.")]
    [TestCase("2 dce", 2, "dce.example.com.")]
    [TestCase("65535 .", 65535, ".")]
    [TestCase("0 hostname", 0, "hostname.example.com.")]
    public void Valid(string rdata, int subtype, string hostname)
    {
        var afsdb = RdataAssert.Parse<AfsdbData>("AFSDB", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(afsdb.Subtype, Is.EqualTo(subtype));
            Assert.That(afsdb.Hostname.ToString(), Is.EqualTo(hostname));
        });
    }

    [TestCase("@ AFSDB [|afs afs.example.com.", "ZL0002", "AFSDB subtype must be a number from 0 to 65535, found 'afs'")]
    [TestCase("@ AFSDB [|65536 afs.", "ZL0002", "AFSDB subtype")]
    [TestCase("@ AFSDB 1 [|.afs", "ZL0004", "AFSDB hostname")]
    [TestCase("@ AFSDB 1[|", "ZL0002", "AFSDB hostname was expected")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [TestCase("1 afs.example.com.", "0001 03616673076578616D706C6503636F6D00")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("AFSDB", text, hex);

    [TestCase("00")]
    [TestCase("0001 03616673")]
    public void GenericFormThatIsNotAfsdbIsRefused(string hex) => RdataAssert.GenericInvalid("AFSDB", hex);

    [TestCase("1 afs", "1 afs.example.com.")]
    [TestCase("65535 .", "65535 .")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("AFSDB", rdata), Is.EqualTo(printed));
}
