using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ZoneLint.Engine;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Engine;

/// <summary>
/// The streaming lint runs the per-owner rules chunk by chunk; for each of them it must find exactly what the
/// whole-zone lint finds. Checked on every rule page's examples, the example zones, and a zone long enough to be cut
/// into several chunks.
/// </summary>
public partial class StreamingLintTests
{
    private static readonly ZoneParseOptions Parse = ZoneParseOptions.Default with { Origin = RuleTestHarness.Origin };

    /// <summary>Every streaming rule switched on (some are off by default), at warning.</summary>
    private static readonly LintOptions AllStreamingRules = LintOptions.Default with
    {
        RuleSeverities = LintOptions.Default.RuleSeverities.SetItems(
            ZoneLinter.StreamingRuleIds.Select(id => KeyValuePair.Create(id, RuleSeverity.Warning))),
    };

    private static IEnumerable<TestCaseData> Examples()
    {
        foreach (var page in Directory.EnumerateFiles(Repository.Path("docs", "rules"), "ZL*.md").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(page);
            foreach (Match m in ExampleBlock().Matches(text))
            {
                string name = $"{Path.GetFileNameWithoutExtension(page)} {m.Groups["heading"].Value}";
                yield return new TestCaseData(RuleTestHarness.Complete(m.Groups["body"].Value)).SetArgDisplayNames(name);
            }
        }

        foreach (var zone in Directory.EnumerateFiles(Repository.Path("zones"), "*.zone").Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(File.ReadAllText(zone)).SetArgDisplayNames(Path.GetFileName(zone));
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Streaming_finds_what_the_whole_zone_lint_finds_for_the_streaming_rules(string zoneText) =>
        AssertSameFindings(zoneText);

    [Test]
    public void Owners_are_never_split_between_chunks()
    {
        // Several chunks' worth of records, each owner with a duplicate and an RRset whose TTLs differ, so that a
        // chunk boundary inside an owner would lose ZL7001 and ZL6101 findings there.
        var sb = new StringBuilder(RuleTestHarness.Preamble);
        int owners = (ZoneLinter.StreamingChunkRecords * 3 / 4) + 10;
        for (int i = 0; i < owners; i++)
        {
            string host = "h" + i.ToString(CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"{host} 300 A 192.0.2.{i % 250}\n{host} 300 A 192.0.2.{i % 250}\n");
            sb.Append(CultureInfo.InvariantCulture, $"{host} 300 TXT \"a\"\n{host} 600 TXT \"b\"\n");
        }

        var result = AssertSameFindings(sb.ToString());
        Assert.That(result.Diagnostics.Count(d => d.Id == "ZL7001"), Is.EqualTo(owners));
        Assert.That(result.Diagnostics.Count(d => d.Id == "ZL6101"), Is.EqualTo(owners));
        Assert.That(result.RecordCount, Is.EqualTo(5 + (owners * 4)), "the preamble's 5 records and each owner's 4");
    }

    [Test]
    public void A_file_read_through_a_small_buffer_gives_the_same_findings()
    {
        // The file is read 1,000 bytes at a time (a chunk of records handed to the rules is some 8,192 records), and
        // entries in parentheses and pragmas fall across the buffer's ends.
        var sb = new StringBuilder(RuleTestHarness.Preamble);
        for (int i = 0; i < 3000; i++)
        {
            string host = "h" + i.ToString(CultureInfo.InvariantCulture);
            string pragma = i % 5 == 0 ? " ; zonelint disable-line ZL7001" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"{host} 300 A 192.0.2.{i % 250}\n{host} 300 A 192.0.2.{i % 250}{pragma}\n");
            sb.Append(CultureInfo.InvariantCulture, $"{host} 300 TXT ( \"v=spf1 ip4:192.0.2.{i % 250}\"\n  \" -al\" )\n");
        }

        var (whole, streamed) = WithFile(sb.ToString(), path => (
            ZoneLinter.Default.Lint(ZoneParser.ParseFile(path, Parse), AllStreamingRules),
            ZoneLinter.Default.LintStreaming(path, Parse with { ReadChunkBytes = 1000 }, AllStreamingRules)));
        Assert.That(Describe(streamed), Is.EqualTo(Describe(whole)));
        Assert.That(streamed.Diagnostics.Count(d => d.Id == "ZL7001" && d.IsSuppressed), Is.EqualTo(600));
        Assert.That(streamed.Diagnostics.Count(d => d.Id == "ZL2002"), Is.EqualTo(3000), "each '-al' term, read across lines");
    }

    [Test]
    public void Only_streaming_rules_run()
    {
        // A CNAME chain (ZL4003) needs the whole zone; the duplicate (ZL7001) does not.
        var result = Streamed(RuleTestHarness.Complete("a CNAME b\nb CNAME c\nc A 192.0.2.9\nc A 192.0.2.9\n"), LintOptions.Default);
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("ZL7001").And.Not.Contain("ZL4003"));
    }

    [Test]
    public void A_file_that_cannot_be_read_is_a_finding()
    {
        var result = ZoneLinter.Default.LintStreaming(Path.Combine(Path.GetTempPath(), "zonelint-missing-" + Guid.NewGuid().ToString("N") + ".zone"), Parse);
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0005" }));
    }

    [Test]
    public void Parser_findings_and_pragmas_apply_as_in_a_whole_zone_lint()
    {
        string text = RuleTestHarness.Complete("www A 192.0.2.1\nwww A 192.0.2.1 ; zonelint disable-line ZL7001\nbad A 300.1.1.1\n");
        var streamed = Streamed(text, LintOptions.Default);
        Assert.That(streamed.Diagnostics.Select(d => (d.Id, d.IsSuppressed)), Is.EquivalentTo(new[] { ("ZL7001", true), ("ZL0002", false) }));
    }

    [Test]
    public void A_pragma_is_unused_only_when_its_rule_ran()
    {
        // ZL4003 does not run in streaming mode, so its pragma is not reported; ZL7001 runs and finds nothing here.
        string text = RuleTestHarness.Complete("a CNAME b ; zonelint disable-line ZL4003\nb CNAME c\nc A 192.0.2.9 ; zonelint disable-line ZL7001\n");
        var streamed = Streamed(text, LintOptions.Default);
        Assert.That(streamed.Diagnostics.Where(d => d.Id == "ZL0100").Select(d => d.Location.Line), Is.EqualTo(new[] { 10 }));
    }

    private static LintResult AssertSameFindings(string zoneText)
    {
        var (whole, streamed) = WithFile(zoneText, path => (
            ZoneLinter.Default.Lint(ZoneParser.ParseFile(path, Parse), AllStreamingRules),
            ZoneLinter.Default.LintStreaming(path, Parse, AllStreamingRules)));
        Assert.That(Describe(streamed), Is.EqualTo(Describe(whole)));
        Assert.That(streamed.RecordCount, Is.EqualTo(whole.RecordCount));
        return streamed;
    }

    private static LintResult Streamed(string zoneText, LintOptions options) =>
        WithFile(zoneText, path => ZoneLinter.Default.LintStreaming(path, Parse, options));

    private static T WithFile<T>(string zoneText, Func<string, T> lint)
    {
        string path = Path.Combine(Path.GetTempPath(), "zonelint-streaming-" + Guid.NewGuid().ToString("N") + ".zone");
        File.WriteAllText(path, zoneText);
        try
        {
            return lint(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The findings of the streaming rules and the parser; unused-pragma findings differ by design (see above).</summary>
    private static List<string> Describe(LintResult result) =>
        [.. result.Diagnostics
            .Where(d => d.Id != "ZL0100" && (ZoneLinter.StreamingRuleIds.Contains(d.Id) || d.Id.StartsWith("ZL0", StringComparison.Ordinal)))
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Location.Line}:{d.Location.Column} {d.Id} {d.Severity} {d.IsSuppressed} {d.Message}"))];

    [GeneratedRegex(@"###\s+(?<heading>Incorrect|Correct)\s*\n+```zone\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
