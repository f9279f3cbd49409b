using BenchmarkDotNet.Attributes;
using ZoneLint.Parsing;

namespace ZoneLint.Benchmarks;

/// <summary>
/// Parsing alone: UTF-8 text already in memory to records, without the zone's indexes (<see cref="MasterFileReader"/>);
/// and parsing with the index build, as <see cref="ZoneParser"/> does. Allocated bytes per record = Allocated / Records.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
public class ParseBenchmarks
{
    private byte[] zone = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => zone = BenchmarkZones.Utf8(Records);

    [Benchmark]
    public long ReadRecords()
    {
        var reader = new MasterFileReader(ZoneParseOptions.Default);
        reader.Read(zone, null);
        return reader.RecordCount;
    }

    [Benchmark]
    public int ParseWithIndexes() => ZoneParser.Parse(zone, ZoneParseOptions.Default).Zone.Records.Count;
}
