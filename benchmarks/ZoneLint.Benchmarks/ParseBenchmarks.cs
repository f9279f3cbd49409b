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
    public void Setup()
    {
        var small = BenchmarkZones.Utf8(10_000);
        BenchmarkZones.WarmUp(() =>
        {
            Read(small);
            ReadOnEveryCore(small, pieceBytes: 64 * 1024); // The small zone is read in pieces too.
            Stream(small);
            ZoneParser.Parse(small, ZoneParseOptions.Default);
        });
        zone = BenchmarkZones.Utf8(Records);
    }

    [Benchmark]
    public long ReadRecords() => Read(zone);

    /// <summary>The read as <c>zonelint check</c> does it: in pieces, on every core.</summary>
    [Benchmark]
    public long ReadRecordsOnEveryCore() => ReadOnEveryCore(zone);

    [Benchmark]
    public long StreamRecords() => Stream(zone);

    [Benchmark]
    public int ParseWithIndexes() => ZoneParser.Parse(zone, ZoneParseOptions.Default).Zone.Records.Count;

    private static long Read(byte[] text)
    {
        var reader = new MasterFileReader(ZoneParseOptions.Default);
        reader.Read(text, null);
        return reader.RecordCount;
    }

    private static long ReadOnEveryCore(byte[] text, int pieceBytes = 1 << 20)
    {
        var reader = new MasterFileReader(ZoneParseOptions.Default with { MaxParallelism = Environment.ProcessorCount, ParallelPieceBytes = pieceBytes });
        return reader.TryReadInParallel(text, null) ? reader.RecordCount : -1;
    }

    private static long Stream(byte[] text)
    {
        long owners = 0;
        var reader = new MasterFileReader(ZoneParseOptions.Default) { RecordSink = (record, _) => owners += record.Owner.LabelCount };
        reader.Read(text, null);
        return owners;
    }
}
