using ZoneLint.Model;
using ZoneLint.Model.Records;
using static ZoneLint.Tests.Parsing.Records.DnssecSvcbAssert;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>DNSKEY (RFC 4034 §2) and CDNSKEY (RFC 7344 §3.2, RFC 8078 §4) RDATA.</summary>
public class DnskeyDataTests
{
    // From BIND's checkzone zones; the key ids are the ones BIND wrote in the comments beside them.
    private const string RsaKsk =
        "AwEAAbqjg7xdvnU2Q/gtLw5LOfr5cDeTRjYuEbkzGrUiVSOSoxcTxuao WS/AFPQHuD8OSLiE/CeZ087JowREXl058rRfae8KMrveY17V0wmKs9N1 " +
        "F1wf/hRDpXiThlRHWlskp8eSEEIqYrrHgWTesy/xDGIEOFM1gwRo0w8j KdRRJeL2hseTMa+m3rTzrYudUsI0BHLW8PiDUCbG5xgdee8/5YR4847i " +
        "AAqHIiPJ1Z/IT53OIjMmtv5BUykZ8RYjlJxxX+C+dpRKiK73SQaR3hCB XAYOL9WsDp2/fpmEZpewavkMkdC+j2CX+z27MCS3ASO0AeKK0lcNXwND kgreE+Kr7gc=";

    private const string EcdsaZsk = "Il3F88buwuAwswJl70b4xh8werV/2a2cDo6x joU5+1H2dRXE/XRt4CEipBdt8Ss4fr8s6jBE 5CT4INCzzeTuZQ==";

    [TestCase("257 3 10 " + RsaKsk, 257, 10, 14364, true, true, false)]
    [TestCase("257 3 RSASHA512 ( " + RsaKsk + " )", 257, 10, 14364, true, true, false)]
    [TestCase("256 3 13 ( " + EcdsaZsk + " ) ; ZSK; key id = 46204", 256, 13, 46204, true, false, false)]
    [TestCase("256 3 ECDSAP256SHA256 " + EcdsaZsk, 256, 13, 46204, true, false, false)]
    [TestCase("385 3 15 AAAA", 385, 15, 385 + 0x0300 + 15, true, true, true)]
    [TestCase("0 3 ED25519 AAAA", 0, 15, 0x0300 + 15, false, false, false)]
    [TestCase("ZONE|SIG15 DNSSEC 8 AAAA", 0x010F, 8, 0x010F + 0x0308, true, true, false)]
    public void Valid(string rdata, int flags, int algorithm, int keyTag, bool zoneKey, bool sep, bool revoked)
    {
        var key = Single<DnskeyData>($"@ DNSKEY {rdata}\n");
        Assert.That((key.Flags, key.Protocol, key.Algorithm), Is.EqualTo(((ushort)flags, (byte)3, (byte)algorithm)));
        Assert.That(key.KeyTag, Is.EqualTo((ushort)keyTag));
        Assert.That((key.IsZoneKey, key.IsSecureEntryPoint, key.IsRevoked), Is.EqualTo((zoneKey, sep, revoked)));
        var cdnskey = Single<CdnskeyData>($"@ CDNSKEY {rdata}\n");
        Assert.That(cdnskey.ToWire(), Is.EqualTo(key.ToWire()));
        Assert.That(cdnskey.KeyTag, Is.EqualTo(key.KeyTag));
    }

    [Test]
    public void Algorithm_1_key_tag_is_taken_from_the_modulus()
    {
        // RFC 4034 Appendix B.1: the most significant 16 of the least significant 24 bits of the modulus.
        var key = Single<DnskeyData>("@ DNSKEY 256 3 1 AQPBi+ng\n");
        Assert.That(key.PublicKey.ToArray(), Is.EqualTo(Hex("01 03 C1 8B E9 E0")));
        Assert.That(key.KeyTag, Is.EqualTo(0x8BE9));
    }

    [Test]
    public void Reserved_flags_and_protocol_are_kept_for_rules()
    {
        var key = Single<DnskeyData>("@ DNSKEY 4352 2 8 AAAA\n");
        Assert.That(key.HasReservedFlags, Is.True);
        Assert.That(key.Protocol, Is.EqualTo(2));
        Assert.That(Single<DnskeyData>("@ DNSKEY 257 3 8 AAAA\n").HasReservedFlags, Is.False);
    }

    [Test]
    public void Cdnskey_delete_form()
    {
        var key = Single<CdnskeyData>("@ CDNSKEY 0 3 0 AA==\n");
        Assert.That(key.IsDeleteRequest, Is.True);
        Assert.That(key.ToString(), Is.EqualTo("0 3 0 AA=="));
        Assert.That(Single<CdnskeyData>("@ CDNSKEY 0 3 0 AAAA\n").IsDeleteRequest, Is.False);
    }

    [Test]
    public void Presentation_joins_the_key_and_uses_numbers()
    {
        var key = Single<DnskeyData>("@ DNSKEY 256 3 ECDSAP256SHA256 ( " + EcdsaZsk + " )\n");
        Assert.That(key.ToString(), Is.EqualTo("256 3 13 " + EcdsaZsk.Replace(" ", string.Empty, StringComparison.Ordinal)));
    }

    [TestCase("@ DNSKEY [|70000 3 8 AAAA", "flags")]
    [TestCase("@ DNSKEY [|ZONE|BOGUS 3 8 AAAA", "flags")]
    [TestCase("@ DNSKEY 256 [|300 8 AAAA", "protocol")]
    [TestCase("@ DNSKEY 256 3 [|RSASHA999 AAAA", "algorithm")]
    [TestCase("@ DNSKEY 256 3 8 [|AAA", "Base64")]
    [TestCase("@ DNSKEY 256 3 8 [|AA== AA==", "Base64")]
    [TestCase("@ DNSKEY 256 3 8[|", "public key")]
    [TestCase("@ CDNSKEY 0 3 0[|", "public key")]
    public void Invalid(string markup, string expected)
    {
        string message = Error(markup + "\n", "ZL0002");
        Assert.That(message, Does.Contain(expected));
    }

    [Test]
    public void Empty_key_in_wire_form_is_rejected()
    {
        var result = Parse("@ DNSKEY \\# 4 0100 03 08\n");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0002" }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("public key is empty"));
    }

    [TestCase("DNSKEY", "257 3 10 " + RsaKsk)]
    [TestCase("DNSKEY", "256 3 13 " + EcdsaZsk)]
    [TestCase("DNSKEY", "FLAG2|ZONE|SIG15 3 3 AAAA")]
    [TestCase("CDNSKEY", "0 3 0 AA==")]
    public void Generic_form_equals_text(string type, string rdata) => GenericEqualsText(type, rdata);

    [TestCase("DNSKEY", "257 3 RSASHA512 ( " + RsaKsk + " )")]
    [TestCase("CDNSKEY", "0 3 0 AA==")]
    public void Print_parse_round_trip(string type, string rdata) => RoundTrip(type, rdata);

    [Test]
    public void Constructor_rejects_an_empty_key()
    {
        Assert.Throws<ArgumentException>(() => _ = new DnskeyData(256, 3, 8, []));
        Assert.That(new CdnskeyData(0, 3, 0, [0]).Type, Is.EqualTo(RRType.CDNSKEY));
        Assert.That(DnssecKeyData.ComputeKeyTag(257, 3, 10, new DnskeyData(257, 3, 10, [1, 2, 3]).PublicKey.AsSpan()), Is.EqualTo(0x0101 + 0x030A + 0x0102 + 0x0300));
    }
}
