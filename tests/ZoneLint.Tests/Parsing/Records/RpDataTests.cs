using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class RpDataTests
{
    [TestCase("admin.example.com. info.example.com.", "admin.example.com.", "info.example.com.")]
    [TestCase(". .", ".", ".")]
    [TestCase("first\\.last info", "first\\.last.example.com.", "info.example.com.")]
    [TestCase("@ .", "example.com.", ".")]
    public void Valid(string rdata, string mailbox, string textName)
    {
        var rp = RdataAssert.Parse<RpData>("RP", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(rp.Mailbox.ToString(), Is.EqualTo(mailbox));
            Assert.That(rp.TextName.ToString(), Is.EqualTo(textName));
        });
    }

    [TestCase("@ RP [|a..b info.", "ZL0004", "RP mailbox")]
    [TestCase("@ RP admin. [|..", "ZL0004", "RP TXT name")]
    [TestCase("@ RP admin.[|", "ZL0002", "RP TXT name (txt-dname) was expected")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [TestCase("admin.example.com. info.example.com.", "0561646D696E076578616D706C6503636F6D00 04696E666F076578616D706C6503636F6D00")]
    [TestCase(". .", "00 00")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("RP", text, hex);

    [TestCase("00")]
    [TestCase("0561646D696E00 04696E")]
    public void GenericFormThatIsNotRpIsRefused(string hex) => RdataAssert.GenericInvalid("RP", hex);

    [TestCase("Admin info", "Admin.example.com. info.example.com.")]
    [TestCase(". .", ". .")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("RP", rdata), Is.EqualTo(printed));
}
