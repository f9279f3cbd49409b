using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Suppression;

/// <summary>Pragmas in zone comments, resolved by position like <c>#pragma warning</c>; suppressed findings are kept and marked.</summary>
public sealed class PragmaSuppressionTests
{
    // ZL1001 (MX exchange is an alias) is the finding these zones make, once per MX line.
    private static LintResult Lint(string body) => RuleTestHarness.Lint(RuleTestHarness.Complete(body + "\nalias CNAME mx.provider.example.\n"));

    private static IEnumerable<(int Line, bool Suppressed)> Zl1001(LintResult result) =>
        result.Diagnostics.Where(d => d.Id == "ZL1001").Select(d => (d.Location.Line, d.IsSuppressed));

    [Test]
    public void Disable_line_suppresses_the_record_on_its_line_only()
    {
        var result = Lint("""
            a MX 10 alias ; zonelint disable-line ZL1001 -- provider requires it
            b MX 10 alias
            """);
        Assert.That(Zl1001(result), Is.EqualTo(new[] { (8, true), (9, false) }));
        var suppressed = result.Diagnostics.Single(d => d.Id == "ZL1001" && d.IsSuppressed);
        Assert.That(suppressed.Suppression!.Kind, Is.EqualTo(SuppressionKind.Pragma));
        Assert.That(suppressed.Suppression.Justification, Is.EqualTo("provider requires it"));
        Assert.That(suppressed.Suppression.Source, Is.EqualTo("<text>(8,17)"));
        Assert.That(result.WarningCount, Is.EqualTo(1), "a suppressed finding does not count");
        Assert.That(result.SuppressedCount, Is.EqualTo(1));
    }

    [Test]
    public void Disable_next_line_suppresses_the_following_line()
    {
        var result = Lint("""
            ; zonelint disable-next-line ZL1001
            a MX 10 alias
            b MX 10 alias
            """);
        Assert.That(Zl1001(result), Is.EqualTo(new[] { (9, true), (10, false) }));
    }

    [Test]
    public void Disable_and_restore_bracket_a_range_per_id()
    {
        var result = Lint("""
            a MX 10 alias
            ; zonelint disable ZL1001, ZL4003 -- migration
            b MX 10 alias
            c MX 10 alias
            ; zonelint restore ZL1001
            d MX 10 alias
            """);
        Assert.That(Zl1001(result), Is.EqualTo(new[] { (8, false), (10, true), (11, true), (13, false) }));
    }

    [Test]
    public void A_bare_disable_covers_every_rule_until_a_bare_restore()
    {
        var result = Lint("""
            ; zonelint disable
            a MX 10 alias
            b MX 300 mail.example.com.
            ; zonelint restore
            c MX 10 alias
            """);
        Assert.That(Zl1001(result), Is.EqualTo(new[] { (9, true), (12, false) }));
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL1002").Select(d => d.IsSuppressed), Is.All.True);
    }

    [Test]
    public void Ids_match_without_regard_to_case()
    {
        var result = Lint("a MX 10 alias ; zonelint disable-line zl1001");
        Assert.That(Zl1001(result), Is.EqualTo(new[] { (8, true) }));
    }

    [Test]
    public void A_pragma_that_suppresses_nothing_or_names_an_unknown_id_is_reported()
    {
        var result = Lint("""
            ; zonelint disable-next-line ZL1001
            a A 192.0.2.1
            b MX 10 alias ; zonelint disable-line ZL1001, ZL9999
            """);
        var zl0100 = result.Diagnostics.Where(d => d.Id == "ZL0100").Select(d => (d.Location.Line, d.Message)).ToList();
        Assert.That(zl0100, Has.Count.EqualTo(2));
        Assert.That(zl0100[0].Line, Is.EqualTo(8));
        Assert.That(zl0100[0].Message, Does.Contain("suppresses nothing"));
        Assert.That(zl0100[1].Line, Is.EqualTo(10));
        Assert.That(zl0100[1].Message, Does.Contain("'ZL9999', which is not a known rule ID"));
        Assert.That(Zl1001(result), Is.EqualTo(new[] { (10, true) }));
    }

    [Test]
    public void An_unknown_verb_is_a_configuration_error_and_suppresses_nothing()
    {
        var result = Lint("a MX 10 alias ; zonelint silence ZL1001");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL0090").Message, Does.Contain("unknown pragma verb 'silence'"));
        Assert.That(Zl1001(result), Is.EqualTo(new[] { (8, false) }));
    }

    [Test]
    public void Parser_findings_are_suppressed_like_rule_findings()
    {
        var result = Lint("x.example.org. A 192.0.2.1 ; zonelint disable-line ZL0007 -- imported from the old server");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL0007").IsSuppressed, Is.True);
    }
}
