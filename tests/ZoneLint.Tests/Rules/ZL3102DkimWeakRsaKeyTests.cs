using System.Collections.Immutable;
using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL3102DkimWeakRsaKeyTests
{
    [Test]
    public void Warns_below_2048_bits_and_errs_below_1024()
    {
        var result = RuleTestHarness.Verify("ZL3102", $"""
            s1024._domainkey TXT "v=DKIM1; p=[|{TestKeys.Rsa1024}"
            s512._domainkey TXT "v=DKIM1; p=[|{TestKeys.Rsa512}"
            s2048._domainkey TXT "v=DKIM1; p={TestKeys.Rsa2048[..200]}" "{TestKeys.Rsa2048[200..]}"
            ed._domainkey TXT "v=DKIM1; k=ed25519; p={TestKeys.Ed25519}"
            """);
        var found = result.Diagnostics.Where(d => d.Id == "ZL3102").Select(d => (d.Severity, d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)])).ToList();
        Assert.That(found, Is.EqualTo(new[]
        {
            (DiagnosticSeverity.Warning, "DKIM key at s1024._domainkey.example.com. is a 1024-bit RSA key"),
            (DiagnosticSeverity.Error, "DKIM key at s512._domainkey.example.com. is a 512-bit RSA key"),
        }));
    }

    [Test]
    public void Reads_the_size_of_a_bare_rsa_public_key_too() => RuleTestHarness.Verify("ZL3102", $"""
        s1._domainkey TXT "p=[|{TestKeys.Rsa1024Pkcs1}"
        """);

    [Test]
    public void Thresholds_are_settings()
    {
        var options = LintOptions.Default with
        {
            RuleSettings = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase)
                .Add("ZL3102.min_bits", "4096")
                .Add("ZL3102.error_bits", "0"),
        };
        var result = RuleTestHarness.Verify("ZL3102", $"""
            s512._domainkey TXT "v=DKIM1; p=[|{TestKeys.Rsa512}"
            s2048._domainkey TXT "v=DKIM1; p=[|{TestKeys.Rsa2048[..200]}" "{TestKeys.Rsa2048[200..]}"
            """, options);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL3102").Select(d => d.Severity), Has.All.EqualTo(DiagnosticSeverity.Warning));
    }
}
