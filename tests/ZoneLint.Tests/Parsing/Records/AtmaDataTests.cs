using System.Text;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>ATMA (ATM Forum af-dans-0152.000): AESA in hex, or E.164 after a '+'.</summary>
public class AtmaDataTests
{
    [TestCase("39.246f.00.0e7c9c.0312.0001.0001.000012345678.00", AtmaData.AesaFormat, "39246F000E7C9C03120001000100001234567800", "39246f000e7c9c03120001000100001234567800")]
    [TestCase("47.0005.80FFE100", AtmaData.AesaFormat, "47000580FFE100", "47000580ffe100")]
    [TestCase("+358.400.1234567", AtmaData.E164Format, "33353834303031323334353637", "+3584001234567")]
    [TestCase("+61200000000", AtmaData.E164Format, "3631323030303030303030", "+61200000000")]
    public void Valid(string rdata, byte format, string address, string printed)
    {
        var atma = RdataAssert.Parse<AtmaData>("ATMA", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(atma.Format, Is.EqualTo(format));
            Assert.That(Convert.ToHexString(atma.Address.AsSpan()), Is.EqualTo(address));
            Assert.That(RdataAssert.RoundTrip("ATMA", rdata), Is.EqualTo(printed));
        });
    }

    [TestCase("@ ATMA [|39.246f.0", "ATMA AESA address must have an even number of hex digits (whole octets), found 7")]
    [TestCase("@ ATMA [|39.24xf", "ATMA address must be hex digits (an AESA) or '+' and digits (an E.164 number)")]
    [TestCase("@ ATMA [|+358-400", "ATMA E.164 address may hold only digits and '.' after '+'")]
    [TestCase("@ ATMA [|+358.abc", "ATMA E.164 address may hold only digits")]
    [TestCase("@ ATMA [|+..", "ATMA address has no digits")]
    [TestCase("@ ATMA[|", "ATMA address was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("39.246f.00.0e7c9c.0312.0001.0001.000012345678.00", "00 39246F000E7C9C03120001000100001234567800")]
    [TestCase("+358.400.1234567", "01 33353834303031323334353637")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("ATMA", text, hex);

    [TestCase("02 3132", "ATMA format 2 is not defined")]
    [TestCase("00", "the ATMA address is empty")]
    [TestCase("01 31 2B", "an ATMA E.164 address holds only ASCII digits")]
    public void GenericFormThatIsNotAtmaIsRefused(string hex, string message) => RdataAssert.GenericInvalid("ATMA", hex, message);

    [Test]
    public void Constructor_checks_like_the_parser() =>
        Assert.That(() => new AtmaData(AtmaData.E164Format, [.. Encoding.ASCII.GetBytes("+1")]), Throws.ArgumentException);
}
