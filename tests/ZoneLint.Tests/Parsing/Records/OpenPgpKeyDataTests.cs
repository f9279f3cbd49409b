using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class OpenPgpKeyDataTests
{
    private const string Key = "mQENBEteQDsBCADYnatn9+5t43AdJlVk9dZC2RM0idPQcmrrKcjeAWDnISqoJzkv";
    private const string KeyHex = "99010D044B5E403B010800D89DAB67F7EE6DE3701D265564F5D642D9133489D3D0726AEB29C8DE0160E7212AA827392F";

    [TestCase(Key, KeyHex)]
    [TestCase("( mQENBEteQDsBCADYnatn9+5t43AdJlVk9dZC2RM0\n idPQcmrrKcjeAWDnISqoJzkv )", KeyHex)]
    [TestCase("AQID", "010203")]
    public void Valid(string rdata, string key) =>
        Assert.That(Convert.ToHexString(RdataAssert.Parse<OpenPgpKeyData>("OPENPGPKEY", rdata).PublicKey.AsSpan()), Is.EqualTo(key));

    [TestCase("@ OPENPGPKEY [|AQI", "OPENPGPKEY public key is not valid Base64")]
    [TestCase("@ OPENPGPKEY [|AQ!D", "OPENPGPKEY public key is not valid Base64")]
    [TestCase("@ OPENPGPKEY [|AQ ID=", "OPENPGPKEY public key is not valid Base64")]
    [TestCase("@ OPENPGPKEY[|", "OPENPGPKEY public key was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase(Key, KeyHex)]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("OPENPGPKEY", text, hex);

    [Test]
    public void EmptyGenericFormIsRefused() => RdataAssert.Invalid("@ OPENPGPKEY [|\\# 0", "ZL0002", "empty");

    [TestCase("mQENBEteQDsBCADYnatn9+5t43AdJlVk9dZC2RM0 idPQcmrrKcjeAWDnISqoJzkv", Key)]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("OPENPGPKEY", rdata), Is.EqualTo(printed));
}
