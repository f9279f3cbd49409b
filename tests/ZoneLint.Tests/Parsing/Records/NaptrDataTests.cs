using System.Text;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class NaptrDataTests
{
    [TestCase("100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com.", 100, 10, "S", "SIP+D2U", "", "_sip._udp.example.com.")]
    [TestCase("100 10 \"u\" \"E2U+sip\" \"!^.*$!sip:info@example.com!\" .", 100, 10, "u", "E2U+sip", "!^.*$!sip:info@example.com!", ".")]
    [TestCase("100 10 S SIP+D2U \"\"\tcom.", 100, 10, "S", "SIP+D2U", "", "com.")]
    [TestCase("0 0 \"\" \"\" \"\" .", 0, 0, "", "", "", ".")]
    [TestCase("65535 65535 \"blurgh\" \"blorf\" \"blegh\" foo", 65535, 65535, "blurgh", "blorf", "blegh", "foo.example.com.")]
    [TestCase("100 10 \"\" \"\" \"/urn:cid:.+@([^\\\\.]+\\\\.)(.*)$/\\\\2/i\" .", 100, 10, "", "", "/urn:cid:.+@([^\\.]+\\.)(.*)$/\\2/i", ".")]
    public void Valid(string rdata, int order, int preference, string flags, string services, string regexp, string replacement)
    {
        var naptr = RdataAssert.Parse<NaptrData>("NAPTR", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(naptr.Order, Is.EqualTo(order));
            Assert.That(naptr.Preference, Is.EqualTo(preference));
            Assert.That(Encoding.UTF8.GetString(naptr.Flags.AsSpan()), Is.EqualTo(flags));
            Assert.That(Encoding.UTF8.GetString(naptr.Services.AsSpan()), Is.EqualTo(services));
            Assert.That(Encoding.UTF8.GetString(naptr.Regexp.AsSpan()), Is.EqualTo(regexp));
            Assert.That(naptr.Replacement.ToString(), Is.EqualTo(replacement));
        });
    }

    [TestCase("@ NAPTR [|first 10 \"S\" \"\" \"\" .", "ZL0002", "NAPTR order must be a number from 0 to 65535, found 'first'")]
    [TestCase("@ NAPTR 100 [|65536 \"S\" \"\" \"\" .", "ZL0002", "NAPTR preference must be a number")]
    [TestCase("@ NAPTR 100 10 [|\"S+\" \"\" \"\" .", "ZL0002", "NAPTR flags must be letters and digits only (RFC 3403 §4.1), found 'S+'")]
    [TestCase("@ NAPTR 100 10 \"S\" \"SIP+D2U\" \"\" [|a..b", "ZL0004", "NAPTR replacement")]
    [TestCase("@ NAPTR 100 10 \"S\" \"SIP+D2U\" \"\"[|", "ZL0002", "NAPTR replacement was expected")]
    [TestCase("@ NAPTR 100 10 \"S\" \"SIP+D2U\"[|", "ZL0002", "NAPTR regexp was expected")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [TestCase("100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com.", "0064 000A 0153 075349502B443255 00 045F736970045F756470076578616D706C6503636F6D00")]
    [TestCase(
        "100 10 \"U\" \"E2U+sip\" \"!^.*$!sip:info@example.com!\" .",
        "0064000A0155074532552B7369701B215E2E2A24217369703A696E666F406578616D706C652E636F6D2100")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("NAPTR", text, hex);

    [TestCase("0064000A 0153 00 00")]
    [TestCase("0064000A 012B 00 00 00", "flags")]
    public void GenericFormThatIsNotNaptrIsRefused(string hex, string? message = null) => RdataAssert.GenericInvalid("NAPTR", hex, message);

    [TestCase("100 10 S SIP+D2U \"\" _sip._udp", "100 10 \"S\" \"SIP+D2U\" \"\" _sip._udp.example.com.")]
    [TestCase("1 2 \"\" \"\" \"!^(.*)$!\\\\1!\" .", "1 2 \"\" \"\" \"!^(.*)$!\\\\1!\" .")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("NAPTR", rdata), Is.EqualTo(printed));
}
