using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Benchmarks;

/// <summary>
/// A zone with many findings: the generated zone with its address owners misspelt (<c>h_N</c> for <c>hN</c>), so that
/// about two records in five are reported (ZL7002) and the CNAME targets dangle; every message is read, as a report
/// reads it. The clean zones of the other benchmarks time linting; this one times finding and reporting.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
public partial class ManyFindingsBenchmarks
{
    private ResourceRecord[] records = [];
    private DomainName origin = DomainName.Root;
    private Zone zone = null!;

    [Params(100_000, 1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (origin, records) = MisspeltZone(10_000);
        BenchmarkZones.WarmUp(() =>
        {
            FreshZone();
            LintAndReadMessages();
        });
        (origin, records) = MisspeltZone(Records);
    }

    private static (DomainName Origin, ResourceRecord[] Records) MisspeltZone(int size)
    {
        string text = Misspelt().Replace(Encoding.UTF8.GetString(BenchmarkZones.Utf8(size)), "h_$1 IN $2 ");
        var parsed = ZoneParser.Parse(text, ZoneParseOptions.Default).Zone;
        return (parsed.Origin, [.. parsed.Records]);
    }

    [IterationSetup]
    public void FreshZone() => zone = Zone.Create(origin, records);

    [Benchmark]
    public long LintAndReadMessages()
    {
        long characters = 0;
        foreach (var diagnostic in ZoneLinter.Default.Lint(zone).Diagnostics)
        {
            characters += diagnostic.Message.Length;
        }

        return characters;
    }

    [GeneratedRegex(@"^h([0-9]+) IN (A|AAAA) ", RegexOptions.Multiline)]
    private static partial Regex Misspelt();
}
