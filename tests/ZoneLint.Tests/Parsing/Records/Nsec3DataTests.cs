using ZoneLint.Model;
using ZoneLint.Model.Records;
using static ZoneLint.Tests.Parsing.Records.DnssecSvcbAssert;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>NSEC3 (RFC 5155 §3) and NSEC3PARAM (RFC 5155 §4) RDATA.</summary>
public class Nsec3DataTests
{
    [Test]
    public void Rfc5155_example()
    {
        // RFC 5155 Appendix A.
        var nsec3 = Single<Nsec3Data>("0p9mhaveqvm6t7vbl5lop2u3t2rp3tom NSEC3 1 1 12 aabbccdd ( 2t7b4g4vsa5smi47k61mv5bv1a22bojr MX DNSKEY NS SOA NSEC3PARAM RRSIG )\n");
        Assert.That((nsec3.HashAlgorithm, nsec3.Flags, nsec3.IsOptOut, nsec3.Iterations), Is.EqualTo(((byte)1, (byte)1, true, (ushort)12)));
        Assert.That(nsec3.Salt.ToArray(), Is.EqualTo(Hex("aabbccdd")));
        Assert.That(nsec3.NextHashedOwnerName, Has.Length.EqualTo(20));
        Assert.That(nsec3.NextHashedOwnerNameText, Is.EqualTo("2T7B4G4VSA5SMI47K61MV5BV1A22BOJR"));
        Assert.That(nsec3.Types.Select(t => t.ToString()), Is.EqualTo(new[] { "NS", "SOA", "MX", "RRSIG", "DNSKEY", "NSEC3PARAM" }));
        Assert.That(nsec3.HasType(RRType.NSEC3PARAM), Is.True);
        Assert.That(nsec3.ToString(), Is.EqualTo("1 1 12 AABBCCDD 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR NS SOA MX RRSIG DNSKEY NSEC3PARAM"));
    }

    [TestCase("1 0 0 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR", 1, 0, 0, "", 20, 0)]
    [TestCase("1 0 10 76931F AJHVGTICN6K0VDA53GCHFMT219SRRQLM A RRSIG", 1, 0, 10, "76931F", 20, 2)]
    [TestCase("2 1 12 aabbccdd CPNMU MX DNSKEY NS SOA NSEC3PARAM RRSIG", 2, 1, 12, "AABBCCDD", 3, 6)]
    [TestCase("200 255 65535 00 00", 200, 255, 65535, "00", 1, 0)]
    public void Valid(string rdata, int alg, int flags, int iterations, string salt, int hashLength, int typeCount)
    {
        var nsec3 = Single<Nsec3Data>($"h NSEC3 {rdata}\n");
        Assert.That((nsec3.HashAlgorithm, nsec3.Flags, nsec3.Iterations), Is.EqualTo(((byte)alg, (byte)flags, (ushort)iterations)));
        Assert.That(Convert.ToHexString(nsec3.Salt.AsSpan()), Is.EqualTo(salt));
        Assert.That(nsec3.NextHashedOwnerName, Has.Length.EqualTo(hashLength));
        Assert.That(nsec3.Types, Has.Length.EqualTo(typeCount));
    }

    [TestCase("h NSEC3 1 1 12 aabbccdd [|CPNMU=== MX", "padding")]
    [TestCase("h NSEC3 2 1 12 aabbccdd [|CPNMU=== MX", "padding")]
    [TestCase("h NSEC3 1 0 10 76931F [|IMQ912BREQP1POLAH3RMONG", "20 octets")]
    [TestCase("h NSEC3 1 0 10 76931F [|2T7B4G4VSA5SMI47K61MV5BV1A22BOJR00", "20 octets")]
    [TestCase("h NSEC3 2 0 10 76931F [|CPNM", "Base32hex")]
    [TestCase("h NSEC3 2 0 10 76931F [|WXYZ0000", "Base32hex")]
    [TestCase("h NSEC3 2 0 10 76931F [|CPNMV", "Base32hex")]
    [TestCase("h NSEC3 1 0 10 [|76931 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR", "salt")]
    [TestCase("h NSEC3 1 0 10 [|\"\" 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR", "salt")]
    [TestCase("h NSEC3 [|256 0 10 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR", "hash algorithm")]
    [TestCase("h NSEC3 1 [|opt-out 10 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR", "flags")]
    [TestCase("h NSEC3 1 0 [|65536 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR", "iterations")]
    [TestCase("h NSEC3 1 0 10 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR A [|NOPE", "type bit map")]
    [TestCase("h NSEC3 1 0 10 -[|", "next hashed owner name")]
    [TestCase("h NSEC3PARAM 1 0 10[|", "salt")]
    [TestCase("h NSEC3PARAM 1 0 [|ten -", "iterations")]
    [TestCase("h NSEC3PARAM 1 0 10 [|-- ", "salt")]
    public void Invalid(string markup, string expected)
    {
        string message = Error(markup + "\n", "ZL0002");
        Assert.That(message, Does.Contain(expected));
    }

    [TestCase("01 00 000a 00 00", "1 to 255 octets")]
    [TestCase("01 00 000a 00 03 aabbcc", "20 octets")]
    [TestCase("02 00 000a 02 aa", "ends early")]
    [TestCase("02 00 000a 00 01 aa 0000", "length 0")]
    public void Invalid_wire_form(string hex, string expected)
    {
        byte[] wire = Hex(hex);
        var result = Parse($"h NSEC3 \\# {wire.Length} {Convert.ToHexString(wire)}\n");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0002" }), Describe(result));
        Assert.That(result.Diagnostics[0].Message, Does.Contain(expected));
    }

    [TestCase("1 0 12 aabbccdd", 1, 0, 12, "AABBCCDD")]
    [TestCase("1 0 0 -", 1, 0, 0, "")]
    [TestCase("1 1 100 00", 1, 1, 100, "00")]
    public void Nsec3param_valid(string rdata, int alg, int flags, int iterations, string salt)
    {
        var param = Single<Nsec3ParamData>($"@ NSEC3PARAM {rdata}\n");
        Assert.That((param.HashAlgorithm, param.Flags, param.Iterations), Is.EqualTo(((byte)alg, (byte)flags, (ushort)iterations)));
        Assert.That(Convert.ToHexString(param.Salt.AsSpan()), Is.EqualTo(salt));
        Assert.That(param.ToString(), Is.EqualTo($"{alg} {flags} {iterations} {(salt.Length == 0 ? "-" : salt)}"));
    }

    [TestCase("NSEC3", "1 1 12 aabbccdd 2t7b4g4vsa5smi47k61mv5bv1a22bojr MX DNSKEY NS SOA NSEC3PARAM RRSIG")]
    [TestCase("NSEC3", "1 0 0 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR")]
    [TestCase("NSEC3", "2 1 12 aabbccdd CPNMU TYPE65535")]
    [TestCase("NSEC3PARAM", "1 0 12 aabbccdd")]
    [TestCase("NSEC3PARAM", "1 0 0 -")]
    public void Generic_form_equals_text(string type, string rdata) => GenericEqualsText(type, rdata);

    [TestCase("NSEC3", "1 1 12 aabbccdd ( 2t7b4g4vsa5smi47k61mv5bv1a22bojr MX DNSKEY NS SOA NSEC3PARAM RRSIG )")]
    [TestCase("NSEC3", "1 0 0 - 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR")]
    [TestCase("NSEC3PARAM", "1 0 0 -")]
    public void Print_parse_round_trip(string type, string rdata) => RoundTrip(type, rdata);

    [Test]
    public void Constructors_enforce_lengths()
    {
        Assert.Throws<ArgumentException>(() => _ = new Nsec3Data(1, 0, 0, [], [1, 2, 3], []));
        Assert.Throws<ArgumentException>(() => _ = new Nsec3Data(2, 0, 0, [], [], []));
        Assert.Throws<ArgumentException>(() => _ = new Nsec3ParamData(1, 0, 0, [.. new byte[256]]));
        Assert.That(new Nsec3Data(2, 0, 0, default, [1], [RRType.A]).ToString(), Is.EqualTo("2 0 0 - 04 A"));
    }
}
