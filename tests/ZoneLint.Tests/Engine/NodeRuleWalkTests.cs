using System.Collections.Concurrent;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Engine;

/// <summary>Node rules of one type share one walk of that type's nodes: same findings, failures kept apart, cancellation heard.</summary>
public sealed class NodeRuleWalkTests
{
    private const string Mail = """
        a MX 10 mx1
        b MX 10 mx2
        c MX 10 mx3
        mx1 A 192.0.2.1
        mx2 A 192.0.2.2
        mx3 A 192.0.2.3
        """;

    [Test]
    public void Built_in_node_rules_report_in_one_walk_what_each_reports_alone()
    {
        // Something for each converted rule of every type that shares a walk.
        const string text = """
            www CNAME web
            www TXT "other data"
            twice CNAME a.example.net.
            twice CNAME b.example.net.
            gone CNAME nowhere
            web A 192.0.2.1
            alias CNAME web
            mail MX 10 alias
            mail MX 20 nohost
            mail MX 30 192.0.2.9
            mail MX 10 bad_host
            mail MX 40 alias
            null MX 0 .
            null MX 10 web
            null2 MX 5 .
            sub NS ns.sub
            sub NS ns.sub
            sub2 NS alias
            sub2 NS 192.0.2.8
            _sip._tcp SRV 0 0 5060 alias
            _xmpp._tcp SRV 0 0 5222 nohost
            """;
        var zoneText = RuleTestHarness.Complete(text);
        var all = RuleTestHarness.Lint(zoneText).Diagnostics;
        var nodeRules = ZoneLint.Rules.BuiltInRules.Create().OfType<NodeRule>().ToList();
        Assert.That(nodeRules.Select(r => r.NodeType).Distinct().Count(), Is.GreaterThanOrEqualTo(4), "MX, NS, CNAME and SRV rules share walks");
        int reporting = 0;
        foreach (var rule in nodeRules)
        {
            string id = rule.Descriptor.Id;
            var alone = RuleTestHarness.Lint(zoneText, linter: ZoneLinter.CreateBuilder().Use(rule).Build()).Diagnostics.Where(d => d.Id == id);
            var together = all.Where(d => d.Id == id);
            Assert.That(together.Select(Describe), Is.EqualTo(alone.Select(Describe)), id);
            reporting += alone.Any() ? 1 : 0;
        }

        Assert.That(reporting, Is.GreaterThanOrEqualTo(nodeRules.Count - 2), "the zone gives nearly every node rule something to report");
    }

    [Test]
    public void Node_rules_of_one_type_visit_each_node_in_turn()
    {
        var visits = new ConcurrentQueue<string>();
        var linter = ZoneLinter.CreateBuilder().Use(new First(visits)).Use(new Second(visits)).Build();
        RuleTestHarness.Lint(RuleTestHarness.Complete(Mail), linter: linter);
        Assert.That(visits, Is.EqualTo(new[] { "T1 a", "T2 a", "T1 b", "T2 b", "T1 c", "T2 c" }));
    }

    [Test]
    public void A_debug_log_times_each_node_rule_on_its_own_walk()
    {
        var visits = new ConcurrentQueue<string>();
        var logger = new ListLogger();
        var linter = ZoneLinter.CreateBuilder().Use(new First(visits)).Use(new Second(visits)).UseLogger(logger).Build();
        RuleTestHarness.Lint(RuleTestHarness.Complete(Mail), linter: linter);
        Assert.That(visits.Where(v => v.StartsWith("T1", StringComparison.Ordinal)), Is.EqualTo(new[] { "T1 a", "T1 b", "T1 c" }));
        Assert.That(visits.Where(v => v.StartsWith("T2", StringComparison.Ordinal)), Is.EqualTo(new[] { "T2 a", "T2 b", "T2 c" }));
        Assert.That(logger.Messages, Has.Some.Match(@"^Rule TEST001 reported 3 findings in [\d.]+ ms$"));
        Assert.That(logger.Messages, Has.Some.Match(@"^Rule TEST002 reported 3 findings in [\d.]+ ms$"));
    }

    [Test]
    public void A_node_rule_that_fails_in_a_shared_walk_keeps_what_it_found_and_stops_alone()
    {
        var visits = new ConcurrentQueue<string>();
        var linter = ZoneLinter.CreateBuilder().Use(new First(visits)).Use(new FailsAtSecond(visits)).Build();
        var result = RuleTestHarness.Lint(RuleTestHarness.Complete(Mail), linter: linter);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Where(d => d.Id == "TEST001").Select(d => d.Message), Is.EqualTo(new[] { "at a.example.com.", "at b.example.com.", "at c.example.com." }));
            Assert.That(result.Diagnostics.Where(d => d.Id == "TEST003").Select(d => d.Message), Is.EqualTo(new[] { "at a.example.com." }), "found before it failed");
            Assert.That(result.Diagnostics.Where(d => d.Id == "ZL0090").Select(d => d.Message), Is.EqualTo(new[] { "rule TEST003 failed: InvalidOperationException: second node" }));
            Assert.That(visits.Count(v => v.StartsWith("T3", StringComparison.Ordinal)), Is.EqualTo(2), "not called after it failed");
        });
    }

    [Test]
    public void A_shared_walk_hears_cancellation()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 2 * NodeRule.NodesBetweenCancellationChecks; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"h{i} MX 10 mx\n");
        }

        var parsed = ZoneLint.Parsing.ZoneParser.Parse(RuleTestHarness.Complete(text + "mx A 192.0.2.1\n"));
        using var cancellation = new CancellationTokenSource();
        var visits = new ConcurrentQueue<string>();
        var linter = ZoneLinter.CreateBuilder().Use(new Cancels(cancellation, visits)).Use(new Second(visits)).Build();
        Assert.Throws<OperationCanceledException>(() => linter.Lint(parsed, cancellationToken: cancellation.Token));
        Assert.That(visits.Count(v => v.StartsWith("T4", StringComparison.Ordinal)), Is.InRange(1, NodeRule.NodesBetweenCancellationChecks), "stopped within one stretch between checks");
    }

    private static string Describe(Diagnostic d) => $"{d.Location.Line}:{d.Location.Column} {d.Message} [{string.Join(" ", d.AdditionalLocations.Select(l => l.Line))}]";

    [ZoneRule("TEST001", "First", "at {0}", "Test", DiagnosticSeverity.Info)]
    private sealed class First(ConcurrentQueue<string> visits) : NodeRule(RRType.MX)
    {
        public override void AnalyzeNode(RuleContext context, ZoneNode node)
        {
            visits.Enqueue($"T1 {node.Name.ToString()[..1]}");
            context.Report(node.Get(RRType.MX)[0], node.Name);
        }
    }

    [ZoneRule("TEST002", "Second", "at {0}", "Test", DiagnosticSeverity.Info)]
    private sealed class Second(ConcurrentQueue<string> visits) : NodeRule(RRType.MX, NodeReads.Targets)
    {
        public override void AnalyzeNode(RuleContext context, ZoneNode node)
        {
            visits.Enqueue($"T2 {node.Name.ToString()[..1]}");
            context.Report(node.Get(RRType.MX)[0], node.Name);
        }
    }

    [ZoneRule("TEST003", "Fails", "at {0}", "Test", DiagnosticSeverity.Info)]
    private sealed class FailsAtSecond(ConcurrentQueue<string> visits) : NodeRule(RRType.MX)
    {
        public override void AnalyzeNode(RuleContext context, ZoneNode node)
        {
            visits.Enqueue($"T3 {node.Name}");
            if (visits.Count(v => v.StartsWith("T3", StringComparison.Ordinal)) == 2)
            {
                throw new InvalidOperationException("second node");
            }

            context.Report(node.Get(RRType.MX)[0], node.Name);
        }
    }

    [ZoneRule("TEST004", "Cancels", "at {0}", "Test", DiagnosticSeverity.Info)]
    private sealed class Cancels(CancellationTokenSource cancellation, ConcurrentQueue<string> visits) : NodeRule(RRType.MX)
    {
        public override void AnalyzeNode(RuleContext context, ZoneNode node)
        {
            visits.Enqueue("T4");
            cancellation.Cancel();
        }
    }
}
