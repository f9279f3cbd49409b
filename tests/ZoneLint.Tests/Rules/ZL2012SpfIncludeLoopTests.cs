using System.Text;
using ZoneLint.Engine;
using ZoneLint.Rules.Spf;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules;

public class ZL2012SpfIncludeLoopTests
{
    [Test]
    public void Reports_a_loop_once_at_its_first_name_with_the_whole_loop()
    {
        var result = RuleTestHarness.Verify("ZL2012", """
            @ TXT "v=spf1 mx [|include:_a.example.com|] -all"
            _a TXT "v=spf1 include:_b.example.com -all"
            _b TXT "v=spf1 redirect=example.com"
            """);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL2012").Message, Is.EqualTo(
            "SPF include/redirect loop: example.com. include:_a.example.com → _a.example.com. include:_b.example.com → _b.example.com. redirect=example.com → example.com.; receivers fail with permerror"));
    }

    [Test]
    public void Reports_a_record_that_includes_itself() => RuleTestHarness.Verify("ZL2012", """
        mail TXT "v=spf1 [|include:mail.example.com|] -all"
        """);

    [Test]
    public void Accepts_shared_includes_without_a_cycle() => RuleTestHarness.Verify("ZL2012", """
        @ TXT "v=spf1 include:_a.example.com include:_b.example.com -all"
        _a TXT "v=spf1 include:_common.example.com -all"
        _b TXT "v=spf1 include:_common.example.com -all"
        _common TXT "v=spf1 ip4:192.0.2.0/24 -all"
        www TXT "v=spf1 include:_a.example.com redirect=www.example.com -all"
        """);

    [Test]
    public void Reports_each_loop_from_its_first_name_once_per_term_that_starts_it() => RuleTestHarness.Verify("ZL2012", """
        _a TXT "v=spf1 [|include:_b.example.com|] [|include:_c.example.com|] -all"
        _b TXT "v=spf1 include:_a.example.com include:_d.example.com -all"
        _c TXT "v=spf1 include:_a.example.com -all"
        _d TXT "v=spf1 [|include:_e.example.com|] -all"
        _e TXT "v=spf1 include:_d.example.com -all"
        """);

    [Test]
    public void Follows_a_chain_of_thirty_thousand_includes_without_a_loop_and_a_loop_of_two_thousand()
    {
        // Walked recursively from every name, a chain of 50,000 overflowed the stack (a crash no caller can catch) and took
        // quadratic time; the loop's names run in canonical order, the order that makes every walk longest.
        var zone = new StringBuilder();
        for (int i = 0; i < 30_000; i++)
        {
            zone.Append(FormattableString.Invariant($"c{i} TXT \"v=spf1 include:c{i + 1}.example.com -all\"\n"));
        }

        for (int i = 0; i < 2_000; i++)
        {
            zone.Append(FormattableString.Invariant($"r{i:D4} TXT \"v=spf1 include:r{(i + 1) % 2_000:D4}.example.com -all\"\n"));
        }

        var linter = ZoneLinter.CreateBuilder().Use(new ZL2012SpfIncludeLoop()).Build();
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(zone.ToString()), linter: linter);
        var loops = result.Diagnostics.Where(d => d.Id == "ZL2012").ToList();
        Assert.That(loops, Has.Count.EqualTo(1), string.Join("\n", loops.Take(3)));
        Assert.That(loops[0].Message, Does.StartWith("SPF include loop: r0000.example.com. include:r0001.example.com → r0001.example.com."));
        Assert.That(loops[0].Message, Does.EndWith("r1999.example.com. include:r0000.example.com → r0000.example.com.; receivers fail with permerror"));
    }

    [Test]
    public void Walks_a_ring_once_whatever_the_order_of_its_names([Values(false, true)] bool reversed)
    {
        // Walked from each of its names in turn, a ring of 2,000 in canonical order took two million steps; each name left
        // after the first walk is taken out with it, so the 2,000 steps of that walk are all.
        var zone = new StringBuilder();
        for (int i = 0; i < 2_000; i++)
        {
            int next = reversed ? (i + 1_999) % 2_000 : (i + 1) % 2_000;
            zone.Append(FormattableString.Invariant($"r{i:D4} TXT \"v=spf1 include:r{next:D4}.example.com -all\"\n"));
        }

        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(zone.ToString()), MaxSteps("2000"), Linter);
        var findings = result.Diagnostics.Where(d => d.Id == "ZL2012").ToList();
        Assert.That(findings, Has.Count.EqualTo(1), string.Join("\n", findings.Take(3)));
        Assert.That(findings[0].Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(findings[0].Message, Does.StartWith(reversed ? "SPF include loop: r0000.example.com. include:r1999.example.com → r1999.example.com." : "SPF include loop: r0000.example.com. include:r0001.example.com → r0001.example.com."));
    }

    [Test]
    public void Says_where_the_search_stopped_when_it_runs_out_of_steps()
    {
        // The walk from _a takes five steps: four round the loop and one to _c, already seen.
        string zone = RuleTestHarness.Complete("""
            _a TXT "v=spf1 include:_b.example.com include:_c.example.com -all"
            _b TXT "v=spf1 include:_c.example.com -all"
            _c TXT "v=spf1 include:_d.example.com -all"
            _d TXT "v=spf1 include:_a.example.com -all"
            """);
        var enough = RuleTestHarness.Lint(zone, MaxSteps("5"), Linter).Diagnostics.Single(d => d.Id == "ZL2012");
        Assert.That(enough.Message, Does.StartWith("SPF include loop: _a.example.com. include:_b.example.com"));

        var cut = RuleTestHarness.Lint(zone, MaxSteps("4"), Linter).Diagnostics.Where(d => d.Id == "ZL2012").ToList();
        Assert.That(cut.Select(d => d.Severity), Is.EquivalentTo(new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Info }));
        var stop = cut.Single(d => d.Severity == DiagnosticSeverity.Info);
        Assert.That(stop.Location.Line, Is.EqualTo(enough.Location.Line));
        Assert.That(stop.Message, Is.EqualTo(
            "the search for SPF include loops stopped after 4 steps, at _a.example.com.: loops among names after it in canonical order are not reported (the setting ZL2012.max_steps raises the limit)"));

        Assert.That(RuleTestHarness.Lint(zone, MaxSteps("3"), Linter).Diagnostics.Single(d => d.Id == "ZL2012").Severity, Is.EqualTo(DiagnosticSeverity.Info));
    }

    private static ZoneLinter Linter => ZoneLinter.CreateBuilder().Use(new ZL2012SpfIncludeLoop()).Build();

    private static LintOptions MaxSteps(string value) =>
        LintOptions.Default with { RuleSettings = LintOptions.Default.RuleSettings.SetItem("ZL2012.max_steps", value) };
}
