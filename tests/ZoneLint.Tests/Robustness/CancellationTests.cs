using System.Diagnostics;
using System.Text;
using ZoneLint.Benchmarks;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Robustness;

/// <summary>
/// Cancelling stops work on a zone of a million records promptly: parsing (the token is looked at every 1,024
/// entries) and linting (rules get the token; a rule that visits every node and checks it stops within the bound).
/// Latency is measured from the moment the token is cancelled to the moment the call throws.
/// </summary>
[NonParallelizable]
[Category("Heavy")]
public class CancellationTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);
    private static readonly ZoneParseOptions Options = ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") };

    private byte[] million = null!;
    private ParseResult parsed = null!;
    private TimeSpan fullParse;

    [OneTimeSetUp]
    public void GenerateAndParse()
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            new ZoneGenerator(2026).Write(writer, "example.com", 1_000_000);
        }

        million = buffer.ToArray();
        var clock = Stopwatch.StartNew();
        parsed = ZoneParser.Parse(million, Options);
        fullParse = clock.Elapsed;
        Assert.That(parsed.Zone.Records, Has.Count.GreaterThan(990_000), "about a million records");
        TestContext.Out.WriteLine($"a full parse of {parsed.Zone.Records.Count} records took {fullParse.TotalSeconds:F1} s");
    }

    [OneTimeTearDown]
    public void Release()
    {
        million = null!;
        parsed = null!;
    }

    [Test]
    public void Parsing_a_million_records_stops_promptly()
    {
        var latency = MeasureCancellation(TimeSpan.FromMilliseconds(200), token => ZoneParser.Parse(million, Options, token));
        Assert.That(latency, Is.LessThan(Prompt));
        Assert.That(fullParse, Is.GreaterThan(latency * 4), "the parse must be long enough for the bound to mean something");
    }

    [Test]
    public void Generating_a_million_records_stops_promptly()
    {
        var text = Encoding.UTF8.GetBytes("$ORIGIN example.com.\n$TTL 1h\n$GENERATE 0-1048575 h$ A 10.0.0.1\n");
        var latency = MeasureCancellation(TimeSpan.FromMilliseconds(200), token => ZoneParser.Parse(text, Options, token));
        Assert.That(latency, Is.LessThan(Prompt));
    }

    [Test]
    public void Linting_a_million_records_stops_promptly()
    {
        // Only this rule: a running rule stops when it next looks at the token, so the latency measured is the engine's
        // and this rule's, not that of whichever built-in rule happens to be running (each should check the token too).
        var rule = new EveryNodeRule();
        var linter = ZoneLinter.CreateBuilder().Use(rule).Build();
        var latency = MeasureCancellation(TimeSpan.FromMilliseconds(300), token => linter.Lint(parsed, null, token));
        Assert.That(latency, Is.LessThan(Prompt));
        Assert.That(Volatile.Read(ref rule.Visited), Is.GreaterThan(1000), "the rule was running when the token was cancelled");
    }

    [Test]
    public void A_token_cancelled_before_the_call_stops_every_entry_point()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        string path = Path.Combine(Path.GetTempPath(), $"zonelint-cancel-{Environment.ProcessId}.zone");
        File.WriteAllBytes(path, million.AsSpan(0, 1 << 20).ToArray());
        try
        {
            Assert.That(() => ZoneParser.Parse("$TTL 1h\n", Options, cts.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => ZoneParser.Parse(new MemoryStream(million, 0, 1 << 20), Options, cts.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => ZoneParser.ParseFile(path, Options, cts.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(() => ZoneLinter.Default.Lint(parsed, null, cts.Token), Throws.InstanceOf<OperationCanceledException>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs <paramref name="work"/>, cancels after <paramref name="delay"/>, and returns how long it took to stop.</summary>
    private static TimeSpan MeasureCancellation(TimeSpan delay, Action<CancellationToken> work)
    {
        using var cts = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        long cancelledAt = -1;
        using var registration = cts.Token.Register(() => Interlocked.Exchange(ref cancelledAt, clock.ElapsedTicks));
        cts.CancelAfter(delay);
        Assert.That(() => work(cts.Token), Throws.InstanceOf<OperationCanceledException>());
        var latency = TimeSpan.FromTicks((clock.ElapsedTicks - Interlocked.Read(ref cancelledAt)) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
        TestContext.Out.WriteLine($"stopped {latency.TotalMilliseconds:F0} ms after the token was cancelled");
        return latency;
    }

    /// <summary>Visits every node again and again, checking the token at each (a stand-in for an expensive rule).</summary>
    /// <remarks>It gives up after a minute, so a cancellation that does not work fails the test instead of hanging it.</remarks>
    [ZoneRule("TEST9002", "Visits every node", "{0}", "Test", DiagnosticSeverity.Info)]
    private sealed class EveryNodeRule : ZoneRule
    {
        public long Visited;

        public override void Analyze(RuleContext context)
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(1))
            {
                foreach (var node in context.Zone.Nodes)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (node.Get(RRType.A).Length > 0)
                    {
                        Interlocked.Increment(ref Visited);
                    }
                }
            }
        }
    }
}
