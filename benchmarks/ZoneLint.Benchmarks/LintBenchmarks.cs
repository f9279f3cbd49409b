using BenchmarkDotNet.Attributes;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Rules;

namespace ZoneLint.Benchmarks;

/// <summary>
/// The rules of each category, and every built-in rule, over a parsed zone. Each operation gets a freshly indexed zone
/// (built in the iteration setup, not measured), so data the rules share per zone (parsed SPF, DKIM and DMARC records,
/// the alias graph) is computed inside the measurement, as in a real run.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
public class LintBenchmarks
{
    private ResourceRecord[] records = [];
    private DomainName origin = DomainName.Root;
    private Zone zone = null!;
    private ZoneLinter linter = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Records { get; set; }

    /// <summary>A rule category, or "All" for every built-in rule.</summary>
    [ParamsSource(nameof(Categories))]
    public string Category { get; set; } = "All";

    public static IEnumerable<string> Categories() =>
        ["All", .. BuiltInRules.Create().Select(r => r.Descriptor.Category).Distinct().Order(StringComparer.Ordinal)];

    [GlobalSetup]
    public void Setup()
    {
        var parsed = ZoneParser.Parse(BenchmarkZones.Utf8(Records), ZoneParseOptions.Default).Zone;
        records = [.. parsed.Records];
        origin = parsed.Origin;
        var builder = ZoneLinter.CreateBuilder();
        foreach (var rule in BuiltInRules.Create())
        {
            if (Category == "All" || rule.Descriptor.Category == Category)
            {
                builder.Use(rule);
            }
        }

        linter = builder.Build();
        var small = ZoneParser.Parse(BenchmarkZones.Utf8(10_000), ZoneParseOptions.Default).Zone;
        ResourceRecord[] smallRecords = [.. small.Records];
        BenchmarkZones.WarmUp(() => linter.Lint(Zone.Create(small.Origin, smallRecords)));
    }

    [IterationSetup]
    public void FreshZone() => zone = Zone.Create(origin, records);

    [Benchmark]
    public int Lint() => linter.Lint(zone).Diagnostics.Length;
}

/// <summary>What <c>zonelint check</c> does with one file: read, parse, index, every built-in rule; and the streaming mode.</summary>
[MemoryDiagnoser]
[ShortJob]
public class FullLintBenchmarks
{
    private string path = string.Empty;

    [Params(10_000, 100_000, 1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"zonelint-bench-{Records}.zone");
        File.WriteAllBytes(path, BenchmarkZones.Utf8(10_000));
        BenchmarkZones.WarmUp(() =>
        {
            WholeZone();
            Streaming();
        });
        File.WriteAllBytes(path, BenchmarkZones.Utf8(Records));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark(Baseline = true)]
    public int WholeZone() => ZoneLinter.Default.Lint(ZoneParser.ParseFile(path, ZoneParseOptions.Default)).Diagnostics.Length;

    [Benchmark]
    public int Streaming() => ZoneLinter.Default.LintStreaming(path).Diagnostics.Length;
}
