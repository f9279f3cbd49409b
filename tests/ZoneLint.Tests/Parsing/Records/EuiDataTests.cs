using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class EuiDataTests
{
    [TestCase("00-00-5e-00-53-2a", "00005E00532A")]
    [TestCase("01-23-45-67-89-AB", "0123456789AB")]
    [TestCase("ff-ff-ff-ff-ff-ff", "FFFFFFFFFFFF")]
    public void ValidEui48(string rdata, string address) =>
        Assert.That(Convert.ToHexString(RdataAssert.Parse<Eui48Data>("EUI48", rdata).Address.AsSpan()), Is.EqualTo(address));

    [TestCase("00-00-5e-ef-10-00-00-2a", "00005EEF1000002A")]
    [TestCase("01-23-45-67-89-ab-CD-ef", "0123456789ABCDEF")]
    public void ValidEui64(string rdata, string address) =>
        Assert.That(Convert.ToHexString(RdataAssert.Parse<Eui64Data>("EUI64", rdata).Address.AsSpan()), Is.EqualTo(address));

    // The BIND checkzone cases bad-eui48-* and bad-eui64-*, and the commented-out errors of NSD's rr-test.
    [TestCase("EUI48", "1-23-45-67-89-ab")]
    [TestCase("EUI48", "01-23-45-567-89-ab")]
    [TestCase("EUI48", "01-23-45-67-89")]
    [TestCase("EUI48", "01-23-45-67-89-abgarbage")]
    [TestCase("EUI48", "00-00-5e-90-01-2a-ef")]
    [TestCase("EUI48", "00-00-5e-9r-01-2a")]
    [TestCase("EUI48", "00:00:5e:90:01:2a")]
    [TestCase("EUI48", "00005e90012a")]
    [TestCase("EUI64", "1-23-45-67-89-ab-cd-ef")]
    [TestCase("EUI64", "01-23-45-567-89-ab-cd-ef")]
    [TestCase("EUI64", "01-23-45-67-89-ab-cd")]
    [TestCase("EUI64", "01-23-45-67-89-ab-cd-efgarbage")]
    [TestCase("EUI64", "00-00-5e-ef-r0-00-00-2a")]
    public void Invalid(string type, string rdata)
    {
        string example = type == "EUI48" ? "00-00-5e-00-53-2a" : "00-00-5e-ef-10-00-00-2a";
        int groups = type == "EUI48" ? 6 : 8;
        RdataAssert.Invalid(
            $"bad {type} [|{rdata}",
            "ZL0002",
            $"{type} address must be {groups} groups of two hex digits separated by '-' (such as {example}), found '{rdata}'");
    }

    [TestCase("EUI48", "[|")]
    [TestCase("EUI64", "[|")]
    public void Missing(string type, string mark) => RdataAssert.Invalid($"@ {type}{mark}", "ZL0002", $"{type} address was expected");

    [TestCase("EUI48", "00-00-5e-00-53-2a", "00005E00532A")]
    [TestCase("EUI64", "00-00-5e-ef-10-00-00-2a", "00005EEF1000002A")]
    public void GenericFormEqualsText(string type, string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("EUI48", "00005E0053", "ends early")]
    [TestCase("EUI48", "00005E00532A00", "left over")]
    [TestCase("EUI64", "00005E00532A", "ends early")]
    public void GenericFormOfTheWrongLengthIsRefused(string type, string hex, string message) => RdataAssert.GenericInvalid(type, hex, message);

    [TestCase("EUI48", "00-00-5E-00-53-2A", "00-00-5e-00-53-2a")]
    [TestCase("EUI64", "00-00-5E-EF-10-00-00-2A", "00-00-5e-ef-10-00-00-2a")]
    public void PrintsInLowerCaseAndParsesBack(string type, string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));
}
