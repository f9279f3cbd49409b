using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ZoneLint.Benchmarks;

/// <summary>The generated zones every benchmark reads: the same seed, so the same text for the same size.</summary>
internal static class BenchmarkZones
{
    public const string Origin = "example.com";

    public static byte[] Utf8(int records)
    {
        var writer = new StringWriter();
        new ZoneGenerator(42).Write(writer, Origin, records);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }
}

/// <summary>
/// A short job so that the whole suite runs in minutes (the 1,000,000-record cases take seconds per operation):
/// one launch, one warm-up, five measured iterations of one operation each. Not run by CI.
/// </summary>
internal sealed class ShortJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(
        Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
}
