using System.Diagnostics;
using System.Globalization;
using ZoneLint.Engine;
using ZoneLint.Parsing;
using ZoneLint.Rules;

namespace ZoneLint.Benchmarks;

/// <summary>
/// `phases FILE [--origin NAME]`: a CPU-time breakdown of one lint, phase by phase and rule by rule (each rule run
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
        if (Environment.GetEnvironmentVariable("PHASES_NOGC") is { } nogc)
        {
            bool started = GC.TryStartNoGCRegion(long.Parse(nogc, inv));
            Console.WriteLine($"no-GC region: {started}");
        }
        // The first pass includes compiling the tokenizer; the best of the next three is its speed once compiled.
        int entries = 0;
        double firstMs = 0, tokenMs = double.MaxValue;
        for (int pass = 0; pass < 4; pass++)
        {
            (entries, double ms, _) = Measure(() =>
            {
                var tokenizer = new Text.ZoneTokenizer(text, options.MaxLineLength, options.MaxRecordLength);
                var entry = new Text.Entry();
                int n = 0;
                while (tokenizer.ReadEntry(entry))
                {
                    n++;
                }

                return n;
            });
            if (pass == 0)
            {
                firstMs = ms;
            }
            else
            {
                tokenMs = Math.Min(tokenMs, ms);
            }
        }

        Console.WriteLine(string.Create(inv, $"tokenizer alone: {entries} entries in {tokenMs:F0} ms ({text.Length / 1e3 / tokenMs:F0} MB/s; first pass {firstMs:F0} ms)"));
        // Parsing every record but keeping none: what the read costs beyond what the zone keeps. Measured first, while the
        // heap holds no zone for the GC to trace.
        double streamMs = double.MaxValue;
        long streamBytes = 0, streamed = 0;
        var streamPause = GC.GetTotalPauseDuration();
        for (int pass = 0; pass < 3; pass++)
        {
            (streamed, double ms, streamBytes) = Measure(() =>
            {
                var r = new MasterFileReader(options) { RecordSink = (_, _) => { } };
                r.Read(text, file);
                return r.RecordCount;
            });
            streamMs = Math.Min(streamMs, ms);
        }

        Console.WriteLine(string.Create(inv, $"stream records (none kept), fastest of 3: {streamMs:F0} ms CPU ({text.Length / 1e3 / streamMs:F0} MB/s), {streamBytes / (double)streamed:F0} B allocated/record, {(GC.GetTotalPauseDuration() - streamPause).TotalMilliseconds:F0} ms of GC pauses in all"));
        MasterFileReader ReadRecords()
        {
            var r = new MasterFileReader(options);
            r.Read(text, file);
            return r;
        }

        var (reader, readMs, readBytes) = Measure(ReadRecords);
        // PHASES_READS=N reads N times more and prints the fastest: one read includes compiling the reader, and the
        // host's noise moves a single reading by a tenth.
        if (int.TryParse(Environment.GetEnvironmentVariable("PHASES_READS"), out int reads))
        {
            double best = double.MaxValue;
            for (int n = 0; n < reads; n++)
            {
                reader = null!;
                GC.Collect();
                var (again, ms, _) = Measure(ReadRecords);
                reader = again;
                best = Math.Min(best, ms);
            }

            Console.WriteLine(string.Create(inv, $"read records, fastest of {reads} more: {best:F0} ms CPU ({text.Length / 1e3 / best:F0} MB/s)"));
        }

        // The read as the CLI does it, in pieces on every core: wall time, the fastest of three.
        double parallelMs = double.MaxValue;
        long parallelBytes = 0;
        string parallelRoom = string.Empty;
        for (int pass = 0; pass < 3; pass++)
        {
            GC.Collect();
            long start = Stopwatch.GetTimestamp();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            var r = new MasterFileReader(options with { MaxParallelism = Environment.ProcessorCount });
            bool whole = r.TryReadInParallel(text, file);
            parallelMs = Math.Min(parallelMs, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            parallelBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            parallelRoom = $"{r.RecordCount} records in room for {r.RecordCapacity}{(r.RecordsInSharedArray ? ", the pieces' shared array" : string.Empty)}";
            if (!whole)
            {
                Console.WriteLine("read in pieces: fell back to one thread");
            }
        }

        Console.WriteLine(string.Create(inv, $"read records on {Environment.ProcessorCount} threads, fastest of 3: {parallelMs:F0} ms wall ({text.Length / 1e3 / parallelMs:F0} MB/s), {parallelBytes / 1e6:F1} MB allocated, {parallelRoom}"));

        // The read as the CLI does it: the file through buffers, in pieces on every core, up to the index build.
        double fileMs = double.MaxValue;
        long fileBytes = 0;
        for (int pass = 0; pass < 3; pass++)
        {
            GC.Collect();
            long start = Stopwatch.GetTimestamp();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            ZoneParser.ParseFile(file, options with { MaxParallelism = Environment.ProcessorCount }, _ =>
            {
                fileMs = Math.Min(fileMs, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                fileBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            }, default);
        }

        Console.WriteLine(string.Create(inv, $"read the file on {Environment.ProcessorCount} threads, fastest of 3: {fileMs:F0} ms wall ({text.Length / 1e3 / fileMs:F0} MB/s), {fileBytes / 1e6:F1} MB allocated"));

        var pause = GC.GetTotalPauseDuration();
        int gcs = GC.CollectionCount(0);
        long finishStart = Stopwatch.GetTimestamp();
        var (_, finishMs, finishBytes) = Measure(reader.Finish);
        double finishWallMs = Stopwatch.GetElapsedTime(finishStart).TotalMilliseconds;
        Console.WriteLine(string.Create(inv, $"index build: {GC.CollectionCount(0) - gcs} GCs, {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms paused; GC pauses so far {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
        Console.WriteLine(string.Create(inv, $"read records {readMs:F0} ms ({readBytes / 1e6:F0} MB allocated), index build {finishMs:F0} ms CPU, {finishWallMs:F0} ms wall ({finishBytes / 1e6:F0} MB allocated)"));
        using var sampler = Environment.GetEnvironmentVariable("PHASES_ALLOC") == "1" ? new AllocationSampler() : null;
        var (parsed, parseMs, parseBytes) = Measure(() => ZoneParser.Parse(text, options with { FileName = file }));
        int records = parsed.Zone.Records.Count;
        Console.WriteLine(string.Create(inv, $"records {records}, {text.Length / 1e6:F1} MB, parse+index {parseMs:F0} ms CPU ({text.Length / 1e3 / parseMs:F0} MB/s), {parseBytes / (double)records:F0} B allocated/record"));
        sampler?.Print("parse+index");

        if (Environment.GetEnvironmentVariable("PHASES_PARSE_ONLY") == "1")
        {
            return 0;
        }

        void Shared<T>(string what, Func<T> compute)
        {
            var (_, ms, bytes) = Measure(compute);
            Console.WriteLine(string.Create(inv, $"  shared {what}: {ms:F0} ms CPU, {bytes / (double)records:F0} B/record"));
        }

        if (Environment.GetEnvironmentVariable("PHASES_SHARED") == "1")
        {
            Shared("TXT texts", () => Rules.Spf.SpfRecords.AuthoritativeTxt(parsed.Zone));
            Shared("SPF", () => Rules.Spf.SpfRecords.InZone(parsed.Zone));
            Shared("DKIM", () => Rules.Dkim.DkimKeys.InZone(parsed.Zone));
            Shared("DMARC", () => Rules.Dmarc.DmarcRecords.InZone(parsed.Zone));

            // Built anew each time (the zone keeps the first).
            var (_, graphMs) = Fastest(5, () => Rules.Alias.CnameGraph.BuildNew(parsed.Zone, default));
            Console.WriteLine(string.Create(inv, $"  shared CNAME graph, fastest of 5: {graphMs:F0} ms CPU"));
        }

        long wall = Stopwatch.GetTimestamp();
        var (cold, coldMs, coldBytes) = Measure(() => ZoneLinter.Default.Lint(parsed));
        Console.WriteLine(string.Create(inv, $"full lint, cold (parallel): {Stopwatch.GetElapsedTime(wall).TotalMilliseconds:F0} ms wall, {coldMs:F0} ms CPU, {coldBytes / (double)records:F0} B/record, {cold.Diagnostics.Length} findings"));
        sampler?.Print("the cold lint");
        sampler?.Dispose();

        // PHASES_LINTS=N lints N times more and prints the fastest: the first lint includes compiling the rules.
        if (int.TryParse(Environment.GetEnvironmentVariable("PHASES_LINTS"), out int lints))
        {
            var (bestWall, bestCpu) = Fastest(lints, () => ZoneLinter.Default.Lint(parsed));
            Console.WriteLine(string.Create(inv, $"full lint (parallel), fastest of {lints} more: {bestWall:F0} ms wall, {bestCpu:F0} ms CPU"));
        }

        if (Environment.GetEnvironmentVariable("PHASES_NO_RULES") == "1")
        {
            return 0;
        }

        var rows = new List<(string Id, double Ms, long Bytes, int Findings)>();
        foreach (var rule in BuiltInRules.Create())
        {
            var linter = ZoneLinter.CreateBuilder().Use(rule).Build();
            var (result, ms, bytes) = Measure(() => linter.Lint(parsed.Zone));
            rows.Add((rule.Descriptor.Id, ms, bytes, result.Diagnostics.Length));
        }

        foreach (var row in rows.OrderByDescending(r => r.Ms).Take(int.TryParse(Environment.GetEnvironmentVariable("PHASES_RULES"), out int shown) ? shown : 25))
        {
            Console.WriteLine(string.Create(inv, $"  {row.Id} {row.Ms,9:F1} ms {row.Bytes / (double)records,8:F0} B/record {row.Findings,8} findings"));
        }

        Console.WriteLine(string.Create(inv, $"  sum of rules {rows.Sum(r => r.Ms):F0} ms"));
        var (full, fullMs, fullBytes) = Measure(() => ZoneLinter.Default.Lint(parsed));
        Console.WriteLine(string.Create(inv, $"full lint (parallel) {fullMs:F0} ms CPU, {fullBytes / (double)records:F0} B/record, {full.Diagnostics.Length} findings"));
        Console.WriteLine(string.Create(inv, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
        return 0;
    }

    /// <summary>The least wall time and the least CPU time of <paramref name="times"/> runs of <paramref name="action"/>, in ms.</summary>
    private static (double WallMs, double CpuMs) Fastest<T>(int times, Func<T> action)
    {
        double wall = double.MaxValue, cpu = double.MaxValue;
        for (int n = 0; n < times; n++)
        {
            long start = Stopwatch.GetTimestamp();
            var (_, ms, _) = Measure(action);
            wall = Math.Min(wall, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            cpu = Math.Min(cpu, ms);
        }

        return (wall, cpu);
    }

    private static (T Value, double Ms, long Bytes) Measure<T>(Func<T> action)
    {
        // CPU time rather than wall time: on a machine shared with other work it moves far less between runs.
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var value = action();
        double ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        return (value, ms, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
