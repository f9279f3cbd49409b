using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL1006NullMxWithoutSpfRejectTests
{
    [Test]
    public void Reports_null_mx_owners_without_spf_or_with_a_permissive_spf()
    {
        var result = RuleTestHarness.Verify("ZL1006", """
            [|@|] MX 0 .
            [|a|] MX 0 .
            a TXT "v=spf1 mx -all"
            [|b|] MX 0 .
            b TXT "v=spf1 -all include:x.example"
            [|c|] MX 0 .
            c TXT "not spf at all"
            """);
        var messages = result.Diagnostics.Where(d => d.Id == "ZL1006").Select(d => d.Message).ToList();
        Assert.That(messages, Has.Some.Contains("has no SPF record").And.Some.Contains("\"v=spf1 mx -all\""));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL1006").Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Info));
    }

    [Test]
    public void Accepts_v_spf1_minus_all_in_any_case_spacing_or_split() => RuleTestHarness.Verify("ZL1006", """
        @ MX 0 .
        @ TXT "v=spf1 -all"
        a MX 0 .
        a TXT "V=SPF1   -ALL"
        b MX 0 .
        b TXT "v=spf1 " "-all"
        c MX 10 mail
        d TXT "v=spf1 mx -all"
        """);
}
