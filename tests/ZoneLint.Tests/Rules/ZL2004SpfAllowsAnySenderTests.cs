using System.Collections.Immutable;
using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2004SpfAllowsAnySenderTests
{
    [Test]
    public void Reports_plus_all_as_error_and_question_all_as_warning()
    {
        var result = RuleTestHarness.Verify("ZL2004", """
            @ TXT "v=spf1 mx [|+all|]"
            a TXT "v=spf1 mx [|all|]"
            b TXT "v=spf1 mx [|?all|]"
            c TXT "v=spf1 mx ~all"
            d TXT "v=spf1 mx -all"
            """);
        var severities = result.Diagnostics.Where(d => d.Id == "ZL2004").Select(d => d.Severity);
        Assert.That(severities, Is.EqualTo(new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Warning }));
    }

    [Test]
    public void Only_the_first_all_counts() => RuleTestHarness.Verify("ZL2004", """
        @ TXT "v=spf1 mx -all +all"
        """);

    [Test]
    public void Configured_severity_moves_both_cases()
    {
        var options = LintOptions.Default with { RuleSeverities = ImmutableDictionary.Create<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase).Add("ZL2004", RuleSeverity.Warning) };
        var result = RuleTestHarness.Verify("ZL2004", """
            @ TXT "v=spf1 [|+all|]"
            b TXT "v=spf1 [|?all|]"
            """, options);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL2004").Select(d => d.Severity), Is.EqualTo(new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Info }));
    }
}
