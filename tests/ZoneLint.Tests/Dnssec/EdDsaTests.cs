using ZoneLint.Dnssec.BouncyCastle;
using ZoneLint.Engine;

namespace ZoneLint.Tests.Dnssec;

/// <summary>
/// Ed25519 and Ed448 (RFC 8080): without ZoneLint.Dnssec.BouncyCastle they are reported as not checked (info, ZL8103),
/// never as failures; with it they verify, and a changed record is caught.
/// </summary>
public class EdDsaTests
{
    private static readonly ZoneLinter WithBouncyCastle = ZoneLinter.CreateBuilder().UseBuiltInRules().UseBouncyCastleDnssec().Build();

    private static string SignedWith(byte algorithm) =>
        new TestSigner().Sign(SignedZones.Unsigned, SignedZones.Origin, TestKey.Create(algorithm, ksk: true), TestKey.Create(algorithm));

    [TestCase((byte)15)]
    [TestCase((byte)16)]
    public void Without_a_verifier_the_signatures_are_reported_as_not_checked_never_as_failures(byte algorithm)
    {
        var result = SignedZones.Lint(SignedWith(algorithm));
        var findings = SignedZones.DnssecFindings(result);
        Assert.That(findings.Select(d => d.Id), Is.EqualTo(new[] { "ZL8103" }), string.Join("\n", findings));
        Assert.That(findings[0].Severity, Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(findings[0].Message, Does.Contain(algorithm == 15 ? "15 (ED25519)" : "16 (ED448)"));
    }

    [TestCase((byte)15)]
    [TestCase((byte)16)]
    public void With_BouncyCastle_the_zone_verifies(byte algorithm)
    {
        var result = SignedZones.Lint(SignedWith(algorithm), linter: WithBouncyCastle);
        Assert.That(SignedZones.DnssecFindings(result).Select(d => d.ToString()), Is.Empty);
    }

    [TestCase((byte)15)]
    [TestCase((byte)16)]
    public void With_BouncyCastle_a_changed_record_fails(byte algorithm)
    {
        var text = new SignedText(SignedWith(algorithm))
            .Edit(l => SignedText.IsRecord(l, "www.example.com.", "A"), l => "[|" + l.Replace("192.0.2.10", "192.0.2.99", StringComparison.Ordinal));
        text.Verify("ZL8102", linter: WithBouncyCastle);
    }

    [Test]
    public void A_key_of_the_wrong_length_or_off_the_curve_is_not_accepted()
    {
        Assert.That(BouncyCastleDnssec.Ed25519.CreateVerifier(new byte[31], out string? error), Is.Null);
        Assert.That(error, Does.Contain("32 octets"));
        Assert.That(BouncyCastleDnssec.Ed448.CreateVerifier(new byte[57], out error), Is.Null);
        Assert.That(error, Does.Contain("not a valid ED448 public key"));
        using var good = BouncyCastleDnssec.Ed448.CreateVerifier(TestKey.Create(16).Dnskey.PublicKey.AsSpan(), out error);
        Assert.That((good is not null, error), Is.EqualTo((true, (string?)null)));
    }
}
