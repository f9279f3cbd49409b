using BenchmarkDotNet.Attributes;
using ZoneLint.Parsing;

namespace ZoneLint.Benchmarks;

/// <summary>
/// Parsing alone: UTF-8 text already in memory to records, without the zone's indexes (<see cref="MasterFileReader"/>);
/// and parsing with the index build, as <see cref="ZoneParser"/> does. Allocated bytes per record = Allocated / Records.
/// <see cref="StreamRecords"/> parses every record in full but keeps none, as a parser that only checks the syntax does
/// (simdzone's measure); what the zone keeps is in <see cref="ReadRecords"/>.
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

    /// <summary>The read as <c>zonelint check</c> does it: in pieces, on every core.</summary>
    [Benchmark]
    public long ReadRecordsOnEveryCore()
    {
        var reader = new MasterFileReader(ZoneParseOptions.Default with { MaxParallelism = Environment.ProcessorCount });
        return reader.TryReadInParallel(zone, null) ? reader.RecordCount : -1;
    }

    [Benchmark]
    public long StreamRecords()
    {
        long owners = 0;
        var reader = new MasterFileReader(ZoneParseOptions.Default) { RecordSink = (record, _) => owners += record.Owner.LabelCount };
        reader.Read(zone, null);
        return owners;
    }

    [Benchmark]
    public int ParseWithIndexes() => ZoneParser.Parse(zone, ZoneParseOptions.Default).Zone.Records.Count;
}
