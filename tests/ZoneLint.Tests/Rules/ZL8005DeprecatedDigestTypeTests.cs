using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8005DeprecatedDigestTypeTests
{
    private const string Sha1 = "0000000000000000000000000000000000000000";
    private static readonly string Sha256 = new('0', 64);
    private static readonly string Sha384 = new('0', 96);

    [Test]
    public void Reports_sha1_as_a_warning_and_gost_as_an_error()
    {
        var result = RuleTestHarness.Verify("ZL8005", $"""
            a NS ns1.provider.example.
            [|a|] DS 12345 13 1 {Sha1}
            b NS ns1.provider.example.
            [|b|] DS 12345 13 3 {Sha256}
            [|@|] CDS 12345 13 1 {Sha1}
            @ CDS 0 0 0 00
            c NS ns1.provider.example.
            c DS 12345 13 2 {Sha256}
            c DS 12345 13 4 {Sha384}
            """);
        var severities = result.Diagnostics.Where(d => d.Id == "ZL8005").ToDictionary(d => d.Location.Line, d => d.Severity);
        Assert.That(severities.OrderBy(p => p.Key).Select(p => p.Value), Is.EqualTo(new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Warning }));
    }

    [Test]
    public void A_deprecated_digest_beside_a_sha256_digest_of_the_same_key_is_a_suggestion()
    {
        var result = RuleTestHarness.Verify("ZL8005", $"""
            child NS ns1.provider.example.
            [|child|] DS 12345 13 1 {Sha1}
            child DS 12345 13 2 {Sha256}
            [|child|] DS 54321 13 1 {Sha1}
            child DS 54321 8 2 {Sha256}
            """);
        var findings = result.Diagnostics.Where(d => d.Id == "ZL8005").OrderBy(d => d.Location.Line).ToList();
        Assert.That(findings.Select(d => d.Severity), Is.EqualTo(new[] { DiagnosticSeverity.Info, DiagnosticSeverity.Warning }));
        Assert.That(findings[0].Message, Does.EndWith("a DS with a SHA-256 or SHA-384 digest of the same key is published too, so remove this one"));
        Assert.That(findings[1].Message, Does.EndWith("publish a SHA-256 (2) digest instead"));
    }
}
