using BenchmarkDotNet.Attributes;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Benchmarks;

/// <summary>The index build alone: <see cref="Zone.Create"/> over records already parsed (by name, by type, ancestry, empty non-terminals).</summary>
[MemoryDiagnoser]
[ShortJob]
public class IndexBenchmarks
{
    private ResourceRecord[] records = [];
    private DomainName origin = DomainName.Root;

    [Params(10_000, 100_000, 1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var small = ZoneParser.Parse(BenchmarkZones.Utf8(10_000), ZoneParseOptions.Default).Zone;
        ResourceRecord[] smallRecords = [.. small.Records];
        BenchmarkZones.WarmUp(() => Zone.Create(small.Origin, smallRecords));
        var zone = ZoneParser.Parse(BenchmarkZones.Utf8(Records), ZoneParseOptions.Default).Zone;
        records = [.. zone.Records];
        origin = zone.Origin;
    }

    [Benchmark]
    public int BuildZone() => Zone.Create(origin, records).Records.Count;
}
