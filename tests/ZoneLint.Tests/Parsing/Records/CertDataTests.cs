using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

public class CertDataTests
{
    private const string Certificate = "MxFcby9k/yvedMfQgKzhH5er0Mu/vILz45IkskceFGgiWCn/GxHhai6VAuHAoNUz4YoU1tVfSCSqQYn6//11U6Nld80jEeC8aTrO+KKmCaY=";

    [TestCase("PKIX 65535 1 AQID", 1, 65535, 1)]
    [TestCase("1 12345 8 AQID", 1, 12345, 8)]
    [TestCase("spki 0 rsasha256 AQID", 2, 0, 8)]
    [TestCase("PGP 1 RSASHA1 AQID", 3, 1, 5)]
    [TestCase("IPKIX 1 ECDSAP256SHA256 AQID", 4, 1, 13)]
    [TestCase("ISPKI 1 ECDSAP384SHA384 AQID", 5, 1, 14)]
    [TestCase("IPGP 1 ED25519 AQID", 6, 1, 15)]
    [TestCase("ACPKIX 1 ED448 AQID", 7, 1, 16)]
    [TestCase("IACPKIX 1 RSASHA1-NSEC3-SHA1 AQID", 8, 1, 7)]
    [TestCase("URI 1 NSEC3RSASHA1 AQID", 253, 1, 7)]
    [TestCase("OID 1 PRIVATEOID AQID", 254, 1, 254)]
    [TestCase("65534 65535 PRIVATEOID AQID", 65534, 65535, 254)]
    [TestCase("0 0 0 AQID", 0, 0, 0)]
    [TestCase("65535 0 255 ( AQ\n ID )", 65535, 0, 255)]
    public void Valid(string rdata, int type, int keyTag, int algorithm)
    {
        var cert = RdataAssert.Parse<CertData>("CERT", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(cert.CertificateType, Is.EqualTo(type));
            Assert.That(cert.KeyTag, Is.EqualTo(keyTag));
            Assert.That(cert.Algorithm, Is.EqualTo(algorithm));
            Assert.That(cert.Certificate, Is.EqualTo(new byte[] { 1, 2, 3 }));
        });
    }

    [TestCase("@ CERT [|X509 1 1 AQID", "CERT certificate type must be a number from 0 to 65535 or one of PKIX, SPKI, PGP, IPKIX, ISPKI, IPGP, ACPKIX, IACPKIX, URI or OID, found 'X509'")]
    [TestCase("@ CERT [|65536 1 1 AQID", "CERT certificate type must be a number from 0 to 65535 or a mnemonic, found '65536'")]
    [TestCase("@ CERT PKIX [|tag 1 AQID", "CERT key tag must be a number from 0 to 65535, found 'tag'")]
    [TestCase("@ CERT PKIX 1 [|256 AQID", "CERT algorithm must be a number from 0 to 255 or a mnemonic, found '256'")]
    [TestCase("@ CERT PKIX 1 [|RSA AQID", "CERT algorithm must be a number from 0 to 255 or one of RSAMD5")]
    [TestCase("@ CERT PKIX 1 1 [|AQI", "CERT certificate or CRL is not valid Base64")]
    [TestCase("@ CERT PKIX 1 1[|", "CERT certificate or CRL was expected")]
    [TestCase("@ CERT PKIX 1[|", "CERT algorithm was expected")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [TestCase("65534 65535 PRIVATEOID " + Certificate, "FFFE FFFF FE 33115C6F2F64FF2BDE74C7D080ACE11F97ABD0CBBFBC82F3E39224B2471E1468225829FF1B11E16A2E9502E1C0A0D533E18A14D6D55F4824AA4189FAFFFD7553A36577CD2311E0BC693ACEF8A2A609A6")]
    [TestCase("PKIX 12345 RSASHA256 AQID", "0001 3039 08 010203")]
    public void GenericFormEqualsText(string text, string hex) => RdataAssert.GenericEqualsText("CERT", text, hex);

    [TestCase("0001 3039 08", "empty")]
    [TestCase("0001 30", "ends early")]
    public void GenericFormThatIsNotCertIsRefused(string hex, string message) => RdataAssert.GenericInvalid("CERT", hex, message);

    [TestCase("1 12345 8 AQ ID", "PKIX 12345 RSASHA256 AQID")]
    [TestCase("9 0 100 AQID", "9 0 100 AQID")]
    [TestCase("uri 0 dsa-nsec3-sha1 AQID", "URI 0 DSA-NSEC3-SHA1 AQID")]
    [TestCase("254 0 ECCGOST AQID", "OID 0 ECC-GOST AQID")]
    public void PrintsAndParsesBack(string rdata, string printed) => Assert.That(RdataAssert.RoundTrip("CERT", rdata), Is.EqualTo(printed));
}
