using System.Diagnostics;
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

    /// <summary>
    /// Runs <paramref name="operation"/> (on a small zone) until the JIT has compiled it at its last tier, so that the
    /// measured iterations run the code a long-lived process runs.
    /// </summary>
    /// <remarks>
    /// The runtime compiles a method again, optimised, only after 30 calls and once no new method has been compiled for
    /// 100 ms, on a background thread. One warm-up iteration is not enough for that on a small zone: the 10,000-record
    /// read measured 57-71 ms after it, and 6 ms once compiled (25 ms after eight warm-up iterations); the 1M-record read
    /// 902 ms against 505 ms. Hence at least 50 calls and a second, then a pause for the compiler to finish.
    /// </remarks>
    public static void WarmUp(Action operation)
    {
        var clock = Stopwatch.StartNew();
        for (int calls = 0; calls < 50 || clock.ElapsedMilliseconds < 1000; calls++)
        {
            operation();
        }

        Thread.Sleep(300);
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
