using System.Diagnostics;
using System.Globalization;
using ZoneLint.Engine;
using ZoneLint.Parsing;
using ZoneLint.Rules;

namespace ZoneLint.Benchmarks;

/// <summary>
/// `phases FILE [--origin NAME]`: a stopwatch breakdown of one lint, phase by phase and rule by rule (each rule run
/// alone, one thread), with the bytes each phase allocated. The quick profile to read before optimising.
/// </summary>
internal static class PhaseProfile
{
    public static int Run(string file, string? origin)
    {
        var inv = CultureInfo.InvariantCulture;
        var options = ZoneParseOptions.Default with
        {
            Origin = origin is null ? null : Model.DomainName.Parse(origin.TrimEnd('.') + "."),
            MaxRecords = int.MaxValue,
            MaxFileSize = long.MaxValue,
        };

        byte[] text = File.ReadAllBytes(file);
        var (parsed, parseMs, parseBytes) = Measure(() => ZoneParser.Parse(text, options with { FileName = file }));
        int records = parsed.Zone.Records.Count;
        Console.WriteLine(string.Create(inv, $"records {records}, {text.Length / 1e6:F1} MB, parse+index {parseMs:F0} ms ({text.Length / 1e3 / parseMs:F0} MB/s), {parseBytes / (double)records:F0} B allocated/record"));

        var rows = new List<(string Id, double Ms, long Bytes, int Findings)>();
        foreach (var rule in BuiltInRules.Create())
        {
            var linter = ZoneLinter.CreateBuilder().Use(rule).Build();
            var (result, ms, bytes) = Measure(() => linter.Lint(parsed.Zone));
            rows.Add((rule.Descriptor.Id, ms, bytes, result.Diagnostics.Length));
        }

        foreach (var row in rows.OrderByDescending(r => r.Ms).Take(25))
        {
            Console.WriteLine(string.Create(inv, $"  {row.Id} {row.Ms,9:F1} ms {row.Bytes / (double)records,8:F0} B/record {row.Findings,8} findings"));
        }

        Console.WriteLine(string.Create(inv, $"  sum of rules {rows.Sum(r => r.Ms):F0} ms"));
        var (full, fullMs, fullBytes) = Measure(() => ZoneLinter.Default.Lint(parsed));
        Console.WriteLine(string.Create(inv, $"full lint (parallel) {fullMs:F0} ms, {fullBytes / (double)records:F0} B/record, {full.Diagnostics.Length} findings"));
        Console.WriteLine(string.Create(inv, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
        return 0;
    }

    private static (T Value, double Ms, long Bytes) Measure<T>(Func<T> action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        var value = action();
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (value, ms, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
