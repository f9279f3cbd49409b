using System.Security.Cryptography;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using static ZoneLint.Tests.Parsing.Records.DnssecSvcbAssert;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>DS (RFC 4034 §5) and CDS (RFC 7344 §3.1, RFC 8078 §4) RDATA.</summary>
public class DsDataTests
{
    private const string Sha256 = "FD03B2312C8F0FE72C1751EFA1007D743C94EC91594FF0047C23C37CE119BA0C";

    // BIND's checkzone good-cds.db: this key and CDS pass its CDS/CDNSKEY consistency check, so the pair is known good.
    private const string Dnskey =
        "257 3 10 AwEAAbqjg7xdvnU2Q/gtLw5LOfr5cDeTRjYuEbkzGrUiVSOSoxcTxuao WS/AFPQHuD8OSLiE/CeZ087JowREXl058rRfae8KMrveY17V0wmKs9N1 " +
        "F1wf/hRDpXiThlRHWlskp8eSEEIqYrrHgWTesy/xDGIEOFM1gwRo0w8j KdRRJeL2hseTMa+m3rTzrYudUsI0BHLW8PiDUCbG5xgdee8/5YR4847i " +
        "AAqHIiPJ1Z/IT53OIjMmtv5BUykZ8RYjlJxxX+C+dpRKiK73SQaR3hCB XAYOL9WsDp2/fpmEZpewavkMkdC+j2CX+z27MCS3ASO0AeKK0lcNXwND kgreE+Kr7gc=";

    [TestCase("14364 10 2 " + Sha256, 14364, 10, 2, 32)]
    [TestCase("14364 RSASHA512 SHA-256 " + Sha256, 14364, 10, 2, 32)]
    [TestCase("14364 rsasha512 sha256 ( FD03B2312C8F0FE72C1751EF\n A1007D743C94EC91594FF004 7C23C37CE119BA0C )", 14364, 10, 2, 32)]
    [TestCase("30914 13 1 3FFB809FC091FDC931815B50E5DA9C00B5C1 454F", 30914, 13, 1, 20)]
    [TestCase("1 ECDSAP384SHA384 4 " + Sha256 + "00112233445566778899AABBCCDDEEFF", 1, 14, 4, 48)]
    [TestCase("65535 ED25519 3 " + Sha256, 65535, 15, 3, 32)]
    [TestCase("7 ED448 200 AB", 7, 16, 200, 1)]
    [TestCase("7 NSEC3RSASHA1 2 " + Sha256, 7, 7, 2, 32)]
    [TestCase("7 RSASHA1-NSEC3-SHA1 2 " + Sha256, 7, 7, 2, 32)]
    public void Valid(string rdata, int keyTag, int algorithm, int digestType, int digestLength)
    {
        var ds = Single<DsData>($"child DS {rdata}\n");
        Assert.That((ds.KeyTag, ds.Algorithm, ds.DigestType, ds.Digest.Length), Is.EqualTo(((ushort)keyTag, (byte)algorithm, (byte)digestType, digestLength)));
        var cds = Single<CdsData>($"@ CDS {rdata}\n");
        Assert.That(cds.ToWire(), Is.EqualTo(ds.ToWire()));
        Assert.That(cds.IsDeleteRequest, Is.False);
    }

    [Test]
    public void Presentation_is_numbers_and_upper_case_hex()
    {
        var ds = Single<DsData>("child DS 14364 RSASHA512 SHA-256 fd03b2312c8f0fe72c1751efa1007d743c94ec91594ff0047c23c37ce119ba0c\n");
        Assert.That(ds.ToString(), Is.EqualTo("14364 10 2 " + Sha256));
    }

    [Test]
    public void Digest_is_the_sha256_of_owner_and_dnskey()
    {
        var key = Single<DnskeyData>($"@ DNSKEY {Dnskey}\n");
        var cds = Single<CdsData>($"@ CDS 14364 10 2 {Sha256}\n");
        byte[] owner = [7, .. "example"u8, 0];
        Assert.That(SHA256.HashData([.. owner, .. key.ToWire()]), Is.EqualTo(cds.Digest.ToArray()));
        Assert.That(key.KeyTag, Is.EqualTo(cds.KeyTag));
    }

    [Test]
    public void Cds_delete_form()
    {
        var cds = Single<CdsData>("@ CDS 0 0 0 00\n");
        Assert.That(cds.IsDeleteRequest, Is.True);
        Assert.That(cds.ToString(), Is.EqualTo("0 0 0 00"));
        Assert.That(cds.ToWire(), Is.EqualTo(Hex("0000 00 00 00")));
    }

    [TestCase("child DS [|70000 8 2 AB", "key tag")]
    [TestCase("child DS 1 [|RSA 2 AB", "algorithm")]
    [TestCase("child DS 1 [|256 2 AB", "algorithm")]
    [TestCase("child DS 1 8 [|SHA-512 AB", "digest type")]
    [TestCase("child DS 1 8 2 [|ABCD", "32 octets, found 2")]
    [TestCase("child DS 1 8 1 [|AB CD", "20 octets, found 2")]
    [TestCase("child DS 1 8 4 [|" + Sha256, "48 octets, found 32")]
    [TestCase("child DS 1 8 2 [|XY", "hexadecimal")]
    [TestCase("child DS 1 8 2 [|ABC", "hexadecimal")]
    [TestCase("child DS 1 8 2[|", "digest")]
    [TestCase("child DS 1 8[|", "digest type")]
    [TestCase("@ CDS 0 0 0[|", "digest")]
    public void Invalid(string markup, string expected)
    {
        string message = Error(markup + "\n", "ZL0002");
        Assert.That(message, Does.Contain(expected));
    }

    [Test]
    public void Wire_form_with_wrong_digest_length_is_rejected()
    {
        var result = Parse("child DS \\# 6 0001 08 02 ABCD\n");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0002" }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("32 octets, found 2"));
    }

    [TestCase("DS", "14364 10 2 " + Sha256)]
    [TestCase("DS", "30914 ECDSAP256SHA256 1 3FFB809FC091FDC931815B50E5DA9C00B5C1454F")]
    [TestCase("DS", "1 253 77 00")]
    [TestCase("CDS", "0 0 0 00")]
    [TestCase("CDS", "14364 10 2 " + Sha256)]
    public void Generic_form_equals_text(string type, string rdata) => GenericEqualsText(type, rdata);

    [TestCase("DS", "14364 RSASHA512 SHA-256 ( fd03b2312c8f0fe72c1751efa1007d74 3c94ec91594ff0047c23c37ce119ba0c )")]
    [TestCase("CDS", "0 0 0 00")]
    public void Print_parse_round_trip(string type, string rdata) => RoundTrip(type, rdata);

    [Test]
    public void Constructor_enforces_digest_rules()
    {
        Assert.Throws<ArgumentException>(() => _ = new DsData(1, 8, 2, [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => _ = new CdsData(1, 8, 99, []));
        Assert.That(new DsData(1, 8, 99, [1]).Digest.Length, Is.EqualTo(1));
        Assert.That(DelegationSignerData.ExpectedDigestLength(4), Is.EqualTo(48));
        Assert.That(DelegationSignerData.ExpectedDigestLength(99), Is.Null);
        Assert.That(new DsData(1, 8, 99, [1]).Type, Is.EqualTo(RRType.DS));
    }
}
