using System.Collections.Immutable;
using ZoneLint.Engine;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Engine;

/// <summary>Third-party rules through the builder, the frozen linter, ordering, failures and logging.</summary>
public sealed class LinterBuilderTests
{
    [ZoneRule("ACME001", "Owner has an uppercase letter", "owner '{0}' has an uppercase letter", "Naming", DiagnosticSeverity.Info, HelpLinkUri = "https://acme.example/rules/ACME001")]
    private sealed class UppercaseOwner : ZoneRule
    {
        public override void Analyze(RuleContext context)
        {
            foreach (var record in context.Zone.Records)
            {
                string owner = record.Owner.ToString();
                if (owner.Any(char.IsUpper))
                {
                    context.Report(record, owner);
                }
            }
        }
    }

    [ZoneRule("ACME002", "Always fails", "never", "Naming", DiagnosticSeverity.Error)]
    private sealed class Throwing : ZoneRule
    {
        public override void Analyze(RuleContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class Undeclared : ZoneRule
    {
        public override void Analyze(RuleContext context)
        {
        }
    }

    [ZoneRule("ZL1001", "Clash", "clash", "Mail", DiagnosticSeverity.Error)]
    private sealed class Clash : ZoneRule
    {
        public override void Analyze(RuleContext context)
        {
        }
    }

    private const string Zone = """
        Www A 192.0.2.1
        mail MX 10 alias
        alias CNAME mx.provider.example.
        """;

    [Test]
    public void A_lint_with_no_rule_to_run_returns_what_is_left_to_report()
    {
        var parsed = ZoneLint.Parsing.ZoneParser.Parse(RuleTestHarness.Complete(Zone) + "bad A 999.0.0.1\n");
        var options = LintOptions.Default with { DefaultSeverity = RuleSeverity.None };
        var all = ZoneLinter.Default.Lint(parsed, options);
        var none = ZoneLinter.CreateBuilder().Build().Lint(parsed);
        Assert.Multiple(() =>
        {
            Assert.That(all.Diagnostics, Is.Empty, "every rule off, the parser's diagnostics too");
            Assert.That(none.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0001" }), "a linter with no rules: the parse error alone");
        });
    }

    [Test]
    public void A_third_party_rule_declares_its_descriptor_with_an_attribute()
    {
        var linter = ZoneLinter.CreateBuilder().UseBuiltInRules().Use<UppercaseOwner>().Build();
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(Zone), linter: linter);
        var finding = result.Diagnostics.Single(d => d.Id == "ACME001");
        Assert.That(finding.Message, Is.EqualTo("owner 'Www.example.com.' has an uppercase letter"));
        Assert.That(finding.Severity, Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(finding.Descriptor.HelpLinkUri, Is.EqualTo("https://acme.example/rules/ACME001"));
        Assert.That(finding.Location.Line, Is.EqualTo(8));
        Assert.That(linter.Descriptors.Select(d => d.Id), Does.Contain("ACME001").And.Contain("ZL1001"));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("ZL1001"), "built-in rules still run");
    }

    [Test]
    public void Third_party_rules_are_configured_like_built_in_ones()
    {
        var linter = ZoneLinter.CreateBuilder().Use<UppercaseOwner>().Build();
        var options = LintOptions.Default with { CategorySeverities = LintOptions.Default.CategorySeverities.SetItem("Naming", RuleSeverity.Error) };
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(Zone), options, linter);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ACME001").Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(result.Diagnostics.Any(d => d.Id == "ZL1001"), Is.False, "only the rules the builder was given run");
    }

    [Test]
    public void A_rule_without_a_descriptor_or_with_a_taken_id_is_refused_when_built()
    {
        Assert.Throws<InvalidOperationException>(() => ZoneLinter.CreateBuilder().Use<Undeclared>());
        Assert.Throws<InvalidOperationException>(() => ZoneLinter.CreateBuilder().UseBuiltInRules().Use<Clash>().Build());
    }

    [Test]
    public void Shared_data_is_worked_out_ahead_only_for_the_rules_that_run()
    {
        const string text = """
            www CNAME web
            web CNAME host
            host A 192.0.2.1
            mail MX 10 host
            mail TXT "v=spf1 mx -all"
            _dmarc TXT "v=DMARC1; p=reject"
            """;
        int SharedAfter(params string[] ids)
        {
            var parsed = ZoneLint.Parsing.ZoneParser.Parse(RuleTestHarness.Complete(text));
            var severities = ids.ToImmutableDictionary(id => id, _ => RuleSeverity.Warning, StringComparer.OrdinalIgnoreCase);
            ZoneLinter.Default.Lint(parsed, LintOptions.Default with { DefaultSeverity = RuleSeverity.None, RuleSeverities = severities });
            return parsed.Zone.SharedCount;
        }

        Assert.Multiple(() =>
        {
            Assert.That(SharedAfter("ZL7003"), Is.Zero, "no rule that runs reads shared data");
            Assert.That(SharedAfter("ZL4003"), Is.EqualTo(1), "the alias graph only");
            Assert.That(SharedAfter("ZL2004"), Is.EqualTo(2), "the TXT texts and the SPF parses");
            Assert.That(SharedAfter("ZL2004", "ZL3003", "ZL3103", "ZL4004"), Is.EqualTo(5), "TXT texts, SPF, DMARC, DKIM and the alias graph");
        });
    }

    [Test]
    public void A_rule_that_throws_becomes_a_finding_and_the_others_still_report()
    {
        var linter = ZoneLinter.CreateBuilder().UseBuiltInRules().Use<Throwing>().Build();
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(Zone), linter: linter);
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL0090").Message, Is.EqualTo("rule ACME002 failed: InvalidOperationException: boom"));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("ZL1001"));
    }

    [Test]
    public void Output_order_is_file_line_column_id_and_repeatable()
    {
        var text = RuleTestHarness.Complete(Zone + "\nmail2 MX 10 alias\nmail2 MX 20 alias\n");
        var first = RuleTestHarness.Lint(text).Diagnostics.Select(d => d.ToString()).ToList();
        for (int i = 0; i < 5; i++)
        {
            Assert.That(RuleTestHarness.Lint(text).Diagnostics.Select(d => d.ToString()), Is.EqualTo(first));
        }

        var keys = RuleTestHarness.Lint(text).Diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.Id)).ToList();
        Assert.That(keys, Has.Count.GreaterThan(3));
        for (int i = 1; i < keys.Count; i++)
        {
            Assert.That(keys[i - 1].CompareTo(keys[i]), Is.LessThanOrEqualTo(0), $"{keys[i - 1]} before {keys[i]}");
        }
    }

    [Test]
    public void Cancellation_stops_the_lint()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var zone = ZoneLint.Model.Zone.Create(RuleTestHarness.Origin, []);
        Assert.Throws<OperationCanceledException>(() => ZoneLinter.Default.Lint(zone, cancellationToken: cancelled.Token));
    }

    [Test]
    public void The_rules_started_first_are_built_in_rules()
    {
        // A rule renamed or removed would silently drop out of the order the lint starts its longest rules in.
        var ids = ZoneLinter.Default.Descriptors.Select(d => d.Id);
        Assert.That(ZoneLint.Rules.BuiltInRules.LongestFirst, Is.Not.Empty.And.Unique.And.SubsetOf(ids));
    }

    [Test]
    public void The_logger_hears_each_rule_and_is_silent_by_default()
    {
        var logger = new ListLogger();
        var linter = ZoneLinter.CreateBuilder().Use<UppercaseOwner>().UseLogger(logger).Build();
        RuleTestHarness.Lint(RuleTestHarness.Complete(Zone), linter: linter);
        Assert.That(logger.Messages, Has.Some.Match(@"^Rule ACME001 reported 1 findings in [\d.]+ ms$"));
    }
}
