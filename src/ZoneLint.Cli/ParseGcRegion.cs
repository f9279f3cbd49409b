using System.Runtime;

namespace ZoneLint.Cli;

/// <summary>
/// While one large zone is parsed, the GC is asked to stay out of the way: nearly everything the parser allocates lives
/// until the lint ends, so collections during parsing trace and copy a heap that only grows.
/// </summary>
/// <remarks>
/// PERF: on the 1M-record benchmark zone (53 MB) a no-GC region around the parse saved ~0.7 s CPU of reading records
/// and ~0.4 s of the index build (ZoneLint.Benchmarks phases with PHASES_NOGC, alternated runs), at the cost of the
/// little garbage parsing makes staying until the region ends; the region closes with one full collection. Only for one file at a time (the mode is process-wide)
/// and only for files large enough to matter; the region is sized from the file and from the memory available.
/// </remarks>
internal sealed class ParseGcRegion : IDisposable
{
    /// <summary>Smaller files parse in well under a second; the GC's defaults are fine there.</summary>
    private const long MinFileSize = 8 << 20;

    /// <summary>Bytes the parser and the index build allocate per byte of zone text (measured: about 10.5).</summary>
    private const long BytesPerTextByte = 12;

    private readonly bool started;

    private ParseGcRegion(bool started) => this.started = started;

    public static ParseGcRegion Begin(string file, bool onlyFile)
    {
        long size;
        try
        {
            size = new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new ParseGcRegion(false);
        }

        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        long wanted = size * BytesPerTextByte;
        if (!onlyFile || size < MinFileSize || wanted > available / 2)
        {
            return new ParseGcRegion(false);
        }

        try
        {
            return new ParseGcRegion(GC.TryStartNoGCRegion(wanted));
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this GC can promise in one region: parse as usual.
            return new ParseGcRegion(false);
        }
    }

    public void Dispose()
    {
        if (!started)
        {
            return;
        }

        // The region ends by itself if the parse allocated more than it asked for.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        // PERF: the zone just read is all in gen0 and all alive. One full collection now moves it to gen2 in a single
        // trace; left to the lint's own collections it was traced and promoted gen0 → gen1 → gen2 across several of
        // them. 1M-record zone, three alternating pairs: GC pauses 883–958 ms → 558–634 ms (the 170–230 ms of this
        // collection included), lint 3.4–3.7 s → 3.1–3.3 s, peak memory 13 MB lower.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
    }
}
