using System.Diagnostics;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Dnssec;

/// <summary>
/// Signed zones from the shared corpus, signed by real tools (BIND's dnssec-signzone, ldns, the root zone's signer),
/// checked at a time inside their signatures' validity: the DNSSEC rules find exactly the problems they really have.
/// </summary>
public class DnssecVerificationCorpusTests
{
    private static ParseResult Parse(string relative, string origin)
    {
        string path = Path.Combine(Repository.Corpus, relative);
        string directory = Path.GetDirectoryName(path)!;
        var parsed = ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Parse(origin), IncludeRoot = directory, IncludeBaseDirectory = directory });
        Assert.That(parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Message.Contains("not valid A data", StringComparison.Ordinal)).Select(d => d.ToString()), Is.Empty);
        return parsed;
    }

    private static List<string> Findings(ParseResult parsed, DateTimeOffset now) =>
        [.. SignedZones.DnssecFindings(ZoneLinter.Default.Lint(parsed, LintOptions.Default with { Now = now })).Select(d => $"{d.Location.Line}: {d.Id} {d.Message}")];

    // [Explicit("prints findings")]
    [TestCase("bind-checkzone/checkzone/zones/warn.deprecated.rsasha1.db", "example.", "2025-07-01")]
    [TestCase("bind-checkzone/checkzone/zones/warn.deprecated.nsec3rsasha1.db", "example.", "2025-07-01")]
    [TestCase("bind-checkzone/checkzone/zones/warn.deprecated.cds-sha1.db", "example.", "2025-07-03")]
    [TestCase("bind-checkzone/checkzone/zones/warn.deprecated.digest-sha1.db", "example.", "2025-07-03")]
    [TestCase("bind-checkzone/checkzone/zones/warn.deprecated.ds-alg.db", "example.", "2025-07-03")]
    [TestCase("bind-checkzone/checkzone/zones/warn.deprecated.key-alg.db", "example.", "2025-07-03")]
    [TestCase("bind-checkzone/checkzone/zones/crashzone.db", "dyn.example.net.", "2010-02-25")]
    [TestCase("other/ldns/08-zonereader/08-zonereader.inputzone", "jelte.nlnetlabs.nl.", "2006-01-01")]
    [TestCase("other/ldns/25-ZONEMD/A.4.The-URI.ARPA-Zone", "uri.arpa.", "2018-10-21T20:39:28Z")]
    [TestCase("other/root-zone/root.zone", ".", "2017-08-25")]
    public void Print(string file, string origin, string now)
    {
        var parsed = Parse(file, origin);
        var watch = Stopwatch.StartNew();
        var findings = Findings(parsed, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        TestContext.Out.WriteLine($"{file}: {findings.Count} findings in {watch.ElapsedMilliseconds} ms");
        foreach (var f in findings.Take(60))
        {
            TestContext.Out.WriteLine(f);
        }
    }
}

public class DnssecRuleTimingScratch
{
    [Test]
    public void Time_each_rule_on_the_root_zone()
    {
        string path = Path.Combine(Repository.Corpus, "other/root-zone/root.zone");
        var parsed = ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Root });
        var ids = ZoneLinter.Default.Descriptors.Select(d => d.Id).ToList();
        foreach (var id in ids.Where(i => !i.StartsWith("ZL0", StringComparison.Ordinal)).Append("all").Append("none81"))
        {
            var severities = ids.ToDictionary(i => i, i => i == id || id == "all" || (id == "none81" && !i.StartsWith("ZL81", StringComparison.Ordinal)) ? RuleSeverity.Warning : RuleSeverity.None);
            var options = LintOptions.Default with { Now = new DateTimeOffset(2017, 8, 25, 0, 0, 0, TimeSpan.Zero), RuleSeverities = System.Collections.Immutable.ImmutableDictionary.CreateRange(severities) };
            var parsedAgain = ZoneParser.ParseFile(path, ZoneParseOptions.Default with { Origin = DomainName.Root });
            var log = new ListLogger();
            var linter = ZoneLinter.CreateBuilder().UseBuiltInRules().UseLogger(log).Build();
            var watch = Stopwatch.StartNew();
            linter.Lint(parsedAgain, options);
            TestContext.Out.WriteLine($"{id}: {watch.ElapsedMilliseconds} ms");
            if (id == "all")
            {
                foreach (var line in log.Lines.OrderByDescending(l => l.Ms).Take(12))
                {
                    TestContext.Out.WriteLine($"   {line.Text}");
                }
            }
        }
    }
}

internal sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
{
    public System.Collections.Concurrent.ConcurrentBag<(double Ms, string Text)> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

    public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        string text = formatter(state, exception);
        var m = System.Text.RegularExpressions.Regex.Match(text, @"in ([0-9.]+) ms");
        Lines.Add((m.Success ? double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0, text));
    }
}
