using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8005DeprecatedDigestTypeTests
{
    [Test]
    public void Reports_sha1_and_gost_digests()
    {
        var result = RuleTestHarness.Verify("ZL8005", """
            child NS ns1.provider.example.
            [|child|] DS 12345 13 1 0000000000000000000000000000000000000000
            child DS 12345 13 2 0000000000000000000000000000000000000000000000000000000000000000
            [|child|] DS 12345 13 3 0000000000000000000000000000000000000000000000000000000000000000
            child DS 12345 13 4 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
            [|@|] CDS 12345 13 1 0000000000000000000000000000000000000000
            @ CDS 0 0 0 00
            """);
        var findings = result.Diagnostics.Where(d => d.Id == "ZL8005").ToList();
        Assert.That(findings.Single(d => d.Message.Contains("digest type 3", StringComparison.Ordinal)).Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(findings.Where(d => d.Message.Contains("digest type 1 (SHA-1)", StringComparison.Ordinal)).Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Warning));
    }
}
