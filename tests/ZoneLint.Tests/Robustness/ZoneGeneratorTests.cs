using ZoneLint.Benchmarks;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Robustness;

/// <summary>The benchmarks' zone generator: the size asked for, and a zone with nothing to report.</summary>
public sealed class ZoneGeneratorTests
{
    [TestCase(10)]
    [TestCase(11)]
    [TestCase(5_000)]
    [TestCase(12_345)]
    public void Generate_WritesTheRecordsAskedFor_OrAFewMore_AndAZoneWithoutErrorsOrWarnings(int records)
    {
        using var writer = new StringWriter();
        new ZoneGenerator(7).Write(writer, "example.com", records);
        var parsed = ZoneParser.Parse(writer.ToString(), ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });
        var result = ZoneLinter.Default.Lint(parsed, LintOptions.Default with { Dnssec = false });

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Zone.Records, Has.Count.InRange(records, records + 4));
            Assert.That(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty, string.Join("\n", result.Diagnostics));
        });
    }
}
