using ZoneLint.Model;
using ZoneLint.Model.Records;
using static ZoneLint.Tests.Parsing.Records.DnssecSvcbAssert;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>ZONEMD RDATA (RFC 8976 §2).</summary>
public class ZonemdDataTests
{
    // RFC 8976 Appendix A.1.
    private const string Sha384 =
        "c68090d90a7aed71 6bc459f9340e3d7c 1370d4d24b7e2fc3 a1ddc0b9a87153b9 a9713b3c9ae5cc27 777f98b8e730044c";

    private const string Sha512 =
        "08cfa1115c7b948c 4163a901270395ea 226a930cd2cbcf2f a9a5e6eb85f37c8a 4e114d884e66f176 eab121cb02db7d65 2e0cc4827e7a3204 f166b47e5613fd27";

    [TestCase("2018031900 1 1 ( " + Sha384 + " )", 2018031900u, 1, 1, 48)]
    [TestCase("2018031900 1 2 " + Sha512, 2018031900u, 1, 2, 64)]
    [TestCase("2018031900 1 240 ( e2d523f654b9422a 96c5a8f44607bbee )", 2018031900u, 1, 240, 16)]
    [TestCase("2018031900 241 1 ( e1846540e33a9e41 89792d18d5d131f6 05fc283e )", 2018031900u, 241, 1, 20)]
    [TestCase("0 0 0 000000000000000000000000", 0u, 0, 0, 12)]
    public void Valid(string rdata, uint serial, int scheme, int alg, int length)
    {
        var md = Single<ZonemdData>($"@ ZONEMD {rdata}\n");
        Assert.That((md.Serial, md.Scheme, md.HashAlgorithm, md.Digest.Length), Is.EqualTo((serial, (byte)scheme, (byte)alg, length)));
    }

    [Test]
    public void Presentation_is_one_upper_case_hex_word()
    {
        var md = Single<ZonemdData>($"@ ZONEMD 2018031900 1 1 ( {Sha384} )\n");
        Assert.That(md.ToString(), Is.EqualTo("2018031900 1 1 " + Sha384.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()));
        Assert.That(ZonemdData.ExpectedDigestLength(ZonemdData.HashSha512), Is.EqualTo(64));
    }

    [TestCase("@ ZONEMD 2018031900 1 1 [|c68090d90a7aed71", "SHA-384", "48 octets, found 8")]
    [TestCase("@ ZONEMD 2018031900 1 2 [|" + Sha384, "SHA-512", "64 octets, found 48")]
    [TestCase("@ ZONEMD 2018031900 1 240 [|e2d523f654b9422a", "at least 12 octets", "found 8")]
    [TestCase("@ ZONEMD 2018031900 1 1 [|xyz", "hexadecimal", "digest")]
    [TestCase("@ ZONEMD [|-1 1 1 00", "serial", "-1")]
    [TestCase("@ ZONEMD 1 [|256 1 00", "scheme", "256")]
    [TestCase("@ ZONEMD 1 1 [|SHA384 00", "hash algorithm", "SHA384")]
    [TestCase("@ ZONEMD 1 1 1[|", "digest", "ends early")]
    public void Invalid(string markup, string expected1, string expected2)
    {
        string message = Error(markup + "\n", "ZL0002");
        Assert.That(message, Does.Contain(expected1).And.Contain(expected2));
    }

    [Test]
    public void Wire_form_is_held_to_the_same_lengths()
    {
        var result = Parse("@ ZONEMD \\# 10 78453a9c 01 01 aabbccdd\n");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0002" }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain("48 octets, found 4"));
    }

    [TestCase("2018031900 1 1 " + Sha384)]
    [TestCase("2018031900 241 1 e1846540e33a9e4189792d18d5d131f605fc283e")]
    public void Generic_form_equals_text(string rdata) => GenericEqualsText("ZONEMD", rdata);

    [TestCase("2018031900 1 2 ( " + Sha512 + " )")]
    public void Print_parse_round_trip(string rdata) => RoundTrip("ZONEMD", rdata);

    [Test]
    public void Constructor_enforces_digest_lengths()
    {
        Assert.Throws<ArgumentException>(() => _ = new ZonemdData(1, 1, 1, [.. new byte[47]]));
        Assert.Throws<ArgumentException>(() => _ = new ZonemdData(1, 1, 99, [.. new byte[11]]));
        Assert.That(new ZonemdData(1, 1, 99, [.. new byte[12]]).Type, Is.EqualTo(RRType.ZONEMD));
    }
}
