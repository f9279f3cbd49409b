using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL8004DeprecatedAlgorithmTests
{
    [Test]
    public void Reports_keys_and_delegations_by_their_algorithm()
    {
        var result = RuleTestHarness.Verify("ZL8004", """
            [|@|]  DNSKEY 257 3 5 AwEAAQ==
            [|@|]  DNSKEY 256 3 RSAMD5 AwEAAQ==
            @      DNSKEY 257 3 13 AwEAAQ==
            [|@|]  CDNSKEY 257 3 7 AwEAAQ==
            [|@|]  KEY 512 3 5 AwEAAQ==
            child  NS ns1.provider.example.
            [|child|] DS 12345 5 2 0000000000000000000000000000000000000000000000000000000000000000
            child  DS 12345 13 2 0000000000000000000000000000000000000000000000000000000000000000
            """);
        var findings = result.Diagnostics.Where(d => d.Id == "ZL8004").ToList();
        Assert.That(findings.Single(d => d.Message.Contains("1 (RSAMD5)", StringComparison.Ordinal)).Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(findings.Where(d => d.Message.Contains("5 (RSASHA1)", StringComparison.Ordinal)).Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(findings.Select(d => d.Message), Has.Some.StartsWith("KEY at 'example.com.' uses algorithm 5 (RSASHA1)"));
    }

    [Test]
    public void Reads_the_algorithm_of_a_key_written_in_generic_form() => RuleTestHarness.Verify("ZL8004", """
        [|@|] KEY \# 6 0200 03 05 0101
        """);

    [Test]
    public void Ignores_delete_requests() => RuleTestHarness.Verify("ZL8004", """
        @ CDS 0 0 0 00
        @ CDNSKEY 0 3 0 AA==
        """);
}
