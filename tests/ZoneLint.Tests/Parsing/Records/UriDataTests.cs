using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class UriDataTests
{
    [TestCase("10 1 \"ftp://ftp1.example.com/public\"", 10, 1, "ftp://ftp1.example.com/public")]
    [TestCase("0 65535 \"http://www.example.com/a path\"", 0, 65535, "http://www.example.com/a path")]
    [TestCase("1 2 \"mailto:\\\"x\\\"@example.com\"", 1, 2, "mailto:\"x\"@example.com")]
    [TestCase("1 2 \"caf\\195\\169\"", 1, 2, "café")]
    public void Valid(string rdata, int priority, int weight, string target)
    {
        var uri = RdataAssert.Parse<UriData>("URI", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(uri.Priority, Is.EqualTo(priority));
            Assert.That(uri.Weight, Is.EqualTo(weight));
            Assert.That(uri.TargetText, Is.EqualTo(target));
        });
    }

    [Test]
    public void TargetIsNotLimitedTo255Octets()
    {
        string target = "https://example.com/" + new string('a', 400);
        Assert.That(RdataAssert.Parse<UriData>("URI", $"1 1 \"{target}\"").Target, Has.Length.EqualTo(target.Length));
    }

    [TestCase("@ URI [|high 1 \"http://example.com/\"", "URI priority must be a number from 0 to 65535, found 'high'")]
    [TestCase("@ URI 1 [|65536 \"http://example.com/\"", "URI weight must be a number from 0 to 65535, found '65536'")]
    [TestCase("@ URI 1 1 [|http://example.com/", "URI target must be a quoted string, found 'http://example.com/'")]
    [TestCase("@ URI 1 1 [|\"\"", "URI target must not be empty")]
    [TestCase("@ URI 1 1 [|\"bad\\300\"", "URI target has a bad escape")]
    [TestCase("@ URI 1 1[|", "URI target was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("10 1 \"ftp://ftp1.example.com/public\"", "000A 0001 6674703A2F2F667470312E6578616D706C652E636F6D2F7075626C6963")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("URI", text, hex);

    [TestCase("000A0001", "empty")]
    [TestCase("000A00", "ends early")]
    public void GenericFormThatIsNotUriIsRefused(string hex, string message) => RdataAssert.GenericInvalid("URI", hex, message);

    [TestCase("10 1 \"ftp://ftp1.example.com/public\"", "10 1 \"ftp://ftp1.example.com/public\"")]
    [TestCase("1 2 \"a\\\"b\\\\c\\009\"", "1 2 \"a\\\"b\\\\c\\009\"")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("URI", rdata), Is.EqualTo(printed));
}
