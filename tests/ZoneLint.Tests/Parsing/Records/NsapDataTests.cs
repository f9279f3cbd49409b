using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class NsapDataTests
{
    [TestCase("0x47000580005a0000000001e133ffffff00016100", "47000580005A0000000001E133FFFFFF00016100")]
    [TestCase("0x47.0005.80.005a00.0000.0001.e133.ffffff000161.00", "47000580005A0000000001E133FFFFFF00016100")]
    [TestCase("0x47.0005.80.005a00.0000....0001.e133.ffffff000162.00", "47000580005A0000000001E133FFFFFF00016200")]
    [TestCase("0X4.7.", "47")]
    [TestCase("0xab", "AB")]
    public void Valid(string rdata, string address) =>
        Assert.That(Convert.ToHexString(RdataAssert.Parse<NsapData>("NSAP", rdata).Address.AsSpan()), Is.EqualTo(address));

    // bad-nsap-empty.db and bad-nsap-odd-nibble.db from BIND's checkzone tests.
    [TestCase("example NSAP [|0x", "NSAP address has no hex digits after '0x'")]
    [TestCase("example NSAP [|0x...", "NSAP address has no hex digits after '0x'")]
    [TestCase("example NSAP [|0x47000580005a0000000001e133ffffff000161000", "NSAP address must have an even number of hex digits (whole octets), found 41")]
    [TestCase("example NSAP [|47000580", "NSAP address must start with '0x' followed by hex digits (RFC 1706 §5), found '47000580'")]
    [TestCase("example NSAP [|0x47-00", "NSAP address may hold only hex digits and '.' after '0x'")]
    [TestCase("example NSAP[|", "NSAP address was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [Test]
    public void SecondTokenIsASyntaxError() => RdataAssert.Invalid("@ NSAP 0x4700 [|0580", "ZL0001", "unexpected '0580'");

    [TestCase("0x47.0005.80.005a00.0000.0001.e133.ffffff000161.00", "47000580005A0000000001E133FFFFFF00016100")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("NSAP", text, hex);

    [Test]
    public void EmptyGenericFormIsRefused() => RdataAssert.Invalid("@ NSAP [|\\# 0", "ZL0002", "empty");

    [TestCase("0x47.0005.80.005A00.0000.0001.E133.FFFFFF000161.00", "0x47000580005a0000000001e133ffffff00016100")]
    public void PrintsAsBindDoesAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("NSAP", rdata), Is.EqualTo(printed));
}
