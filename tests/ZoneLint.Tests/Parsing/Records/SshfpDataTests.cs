using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class SshfpDataTests
{
    [TestCase("1 1 aa549bfe898489c02d1715d97d79c57ba2fa76ab", 1, 1, "AA549BFE898489C02D1715D97D79C57BA2FA76AB")]
    [TestCase("4 2 C76D8329954DA2835751E371544E963EFDA099080D6C58DD2BFD9A31 6E162C83", 4, 2, "C76D8329954DA2835751E371544E963EFDA099080D6C58DD2BFD9A316E162C83")]
    [TestCase("255 255 ( 00\n 01 )", 255, 255, "0001")]
    public void Valid(string rdata, int algorithm, int type, string fingerprint)
    {
        var sshfp = RdataAssert.Parse<SshfpData>("SSHFP", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(sshfp.Algorithm, Is.EqualTo(algorithm));
            Assert.That(sshfp.FingerprintType, Is.EqualTo(type));
            Assert.That(Convert.ToHexString(sshfp.Fingerprint.AsSpan()), Is.EqualTo(fingerprint));
        });
    }

    [TestCase("@ SSHFP [|256 1 00", "SSHFP algorithm must be a number from 0 to 255, found '256'")]
    [TestCase("@ SSHFP [|RSA 1 00", "SSHFP algorithm must be a number from 0 to 255, found 'RSA'")]
    [TestCase("@ SSHFP 1 [|sha1 00", "SSHFP fingerprint type must be a number from 0 to 255, found 'sha1'")]
    [TestCase("@ SSHFP 1 1 [|abc", "SSHFP fingerprint is not valid hexadecimal")]
    [TestCase("@ SSHFP 1 1 [|zz", "SSHFP fingerprint is not valid hexadecimal")]
    [TestCase("@ SSHFP 1 1[|", "SSHFP fingerprint was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("1 1 aa549bfe898489c02d1715d97d79c57ba2fa76ab", "01 01 AA549BFE898489C02D1715D97D79C57BA2FA76AB")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("SSHFP", text, hex);

    [TestCase("0101", "empty")]
    [TestCase("01", "ends early")]
    public void GenericFormThatIsNotSshfpIsRefused(string hex, string message) => RdataAssert.GenericInvalid("SSHFP", hex, message);

    [TestCase("1 1 aa549bfe 898489c02d1715d97d79c57ba2fa76ab", "1 1 AA549BFE898489C02D1715D97D79C57BA2FA76AB")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("SSHFP", rdata), Is.EqualTo(printed));
}
