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
}
