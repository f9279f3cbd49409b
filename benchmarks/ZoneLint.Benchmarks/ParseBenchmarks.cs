using System.Text;
using BenchmarkDotNet.Attributes;
using ZoneLint.Parsing;

namespace ZoneLint.Benchmarks;

/// <summary>Parsing alone: text already in memory as UTF-8, zone indexes included.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] zone = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var writer = new StringWriter();
        new ZoneGenerator(42).Write(writer, "example.com", Records);
        zone = Encoding.UTF8.GetBytes(writer.ToString());
    }

    [Benchmark]
    public int Parse() => ZoneParser.Parse(zone, ZoneParseOptions.Default).Zone.Records.Count;
}
