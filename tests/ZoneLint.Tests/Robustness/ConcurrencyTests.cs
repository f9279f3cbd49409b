using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ZoneLint.Benchmarks;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// One frozen linter used from many threads on many zones gives exactly what sequential runs give: the same
/// diagnostics (ID, severity, location, message, related locations, suppression) in the same order.
/// </summary>
[NonParallelizable]
public class ConcurrencyTests
{
    private const int Zones = 12;

    [Test]
    public void Many_threads_on_many_zones_give_the_sequential_results()
    {
        var linter = ZoneLinter.CreateBuilder().UseBuiltInRules().Use(new AliasLeavesZoneRule()).Build();
        var texts = Enumerable.Range(0, Zones).Select(MakeZone).ToArray();
        var options = Enumerable.Range(0, Zones).Select(i => ZoneParseOptions.Default with { Origin = DomainName.Parse($"z{i}.example.") }).ToArray();

        var expected = Enumerable.Range(0, Zones).Select(i => Snapshot(linter.Lint(ZoneParser.Parse(texts[i], options[i])))).ToArray();

        // What makes the comparison meaningful: each zone has parser errors, rule findings of two rules, a suppression.
        foreach (string snapshot in expected)
        {
            Assert.That(snapshot, Does.Contain("ZL0002").And.Contain("ZL1001").And.Contain("TEST9001").And.Contain("|suppressed"));
        }

        // Parse and lint on many threads at once, every zone several times, in a scrambled order.
        var failures = new ConcurrentBag<string>();
        var order = Enumerable.Range(0, Zones * 6).OrderBy(k => (k * 7919) % 61).ToArray();
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            int i = k % Zones;
            string actual = Snapshot(linter.Lint(ZoneParser.Parse(texts[i], options[i])));
            if (actual != expected[i])
            {
                failures.Add($"zone {i}:\n{actual}\n--- expected ---\n{expected[i]}");
            }
        });

        // And one parsed zone shared by every thread: the zone's indexes are read concurrently.
        var shared = ZoneParser.Parse(texts[0], options[0]);
        Parallel.For(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            string actual = Snapshot(linter.Lint(shared));
            if (actual != expected[0])
            {
                failures.Add("shared zone 0:\n" + actual);
            }
        });

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void The_default_linter_is_one_instance_under_concurrent_first_use()
    {
        var seen = new ConcurrentBag<ZoneLinter>();
        Parallel.For(0, 64, _ => seen.Add(ZoneLinter.Default));
        Assert.That(seen.Distinct().Count(), Is.EqualTo(1));
    }

    private static string MakeZone(int i)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new ZoneGenerator(i).Write(writer, $"z{i}.example", 1500 + (i * 250));
        writer.Write(
            $"""
            alias{i} CNAME mail
            @ MX 20 alias{i}
            ; zonelint disable-next-line ZL1001 -- kept for the old relay
            @ MX 30 alias{i}
            bad{i} A 192.0.2.{300 + i}
            away{i} CNAME host.elsewhere.example.
            @ NS ns3.elsewhere.example.

            """);
        return writer.ToString();
    }

    private static string Snapshot(LintResult result)
    {
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"records {result.RecordCount}\n");
        foreach (var d in result.Diagnostics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{d.Location}|{d.Id}|{d.Severity}|{d.Message}|{string.Join(",", d.AdditionalLocations)}|{(d.IsSuppressed ? "suppressed" : "active")}\n");
        }

        return sb.ToString();
    }

    /// <summary>A second rule so the engine runs several at once: aliases whose target is outside the zone.</summary>
    [ZoneRule("TEST9001", "Alias leaves the zone", "'{0}' is an alias for '{1}', outside the zone", "Test", DiagnosticSeverity.Info)]
    private sealed class AliasLeavesZoneRule : ZoneRule
    {
        public override void Analyze(RuleContext context)
        {
            foreach (var node in context.Zone.Nodes)
            {
                foreach (var record in node.Get(RRType.CNAME))
                {
                    var target = ((CNameData)record.Data).Target;
                    if (!context.Zone.Contains(target))
                    {
                        context.Report(record, record.Owner, target);
                    }
                }
            }
        }
    }
}
