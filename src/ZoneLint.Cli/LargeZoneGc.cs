using System.Runtime;

namespace ZoneLint.Cli;

/// <summary>
/// While one large zone is parsed and then linted, the GC is asked to stay out of the way: nearly everything the parser
/// allocates lives until the lint ends, so collections during parsing trace and copy a heap that only grows; and the
/// lint's own collections would trace that whole heap again for the little garbage the lint makes.
/// </summary>
/// <remarks>
/// PERF: on the 1M-record benchmark zone (53 MB) a no-GC region around the parse saved ~0.7 s CPU of reading records
/// and ~0.4 s of the index build (ZoneLint.Benchmarks phases with PHASES_NOGC, alternated runs), at the cost of the
/// little garbage parsing makes staying until the region ends; the region closes with one full collection. A second
/// region, sized from the file, then covers the lint and its report: the 3M-record zone's lint (about 100 MiB) paid
/// three collections, 0.6–0.8 s of pauses, and now none (<see cref="Report"/> says why the report too). Only for one
/// file at a time (the mode is process-wide) and only for files large enough to matter; each region is sized from the
/// file and from the memory available.
/// </remarks>
internal sealed class LargeZoneGc : IDisposable
{
    /// <summary>Smaller files parse in well under a second; the GC's defaults are fine there.</summary>
    private const long MinFileSize = 8 << 20;

    /// <summary>
    /// Bytes the parser and the index build may allocate per byte of zone text: about 3.4 measured since the tenth round
    /// (10.5 when this was set), with the pieces' readers about 4 until they shared one record array (3.2 since).
    /// </summary>
    /// <remarks>
    /// PERF: the margin also keeps the largest zones out of the region (over about 1 GB of text on 24 GiB, where the
    /// region would be more than half the memory). At 40M records (2.2 GB), a region sized at 5 bytes per byte started,
    /// and runs took 72 and 78 s against 70 s without it: the collection that ends the read alone paused 3 s, and the
    /// collections it spared were not where the time went.
    /// </remarks>
    private const long ParseBytesPerTextByte = 12;

    /// <summary>Bytes the lint allocates per byte of zone text, with room to spare (measured: about 0.65 on a clean zone).</summary>
    private const long LintBytesPerTextByte = 2;

    /// <summary>Findings whose report is written in the lint's region: a few megabytes of strings.</summary>
    private const int MaxFindingsInRegion = 10_000;

    private readonly long fileSize;
    private bool inRegion;
    private bool collectedAfterRead;

    private LargeZoneGc(long fileSize, bool inRegion)
    {
        this.fileSize = fileSize;
        this.inRegion = inRegion;
    }

    /// <summary>Starts the parse's region when <paramref name="file"/>, the run's only one, is large.</summary>
    public static LargeZoneGc Begin(string file)
    {
        long size;
        try
        {
            size = new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new LargeZoneGc(0, false);
        }

        if (size < MinFileSize)
        {
            return new LargeZoneGc(0, false);
        }

        var gc = new LargeZoneGc(size, TryStart(size * ParseBytesPerTextByte));
        HugePages.AdviseAgain();
        return gc;
    }

    /// <summary>
    /// Called once the records are read, before the index is built: when the file was read in pieces, ends the parse's
    /// region with a background collection, which marks on another core while this one builds the index; the lint's
    /// region starts once the index is built (<see cref="ParseDone"/>).
    /// </summary>
    /// <remarks>
    /// PERF: each piece's reader leaves its record list and name tables behind once the pieces are joined (about 30 MB
    /// for the 1M-record zone on two threads). Left to the collection after the index build, they were added to the
    /// peak: 257 MiB, against 233 on one thread. Collected here, the index build reuses their memory. A read on one thread
    /// leaves no such garbage, so it is collected once, after the index build (collected before it instead: 234 → 244 MiB).
    /// What the index build leaves (4.5 MB of outgrown arrays) is not collected: that cost 60–85 ms at 1M records for 5 MiB.
    /// The collection here was a blocking one until the twenty-fifth round: 55–70 ms on this thread while the other core,
    /// its reading done, waited (perf, samples by thread over time). In the background it marks beside the index build,
    /// and the index build's first arrays come from fresh memory rather than from the garbage: 1M-record zone, three sets
    /// of alternating pairs (10, 16 and 20), 33 of 46 faster, median wall 0.93, 1.04 and 0.94 of the blocking
    /// collection's (1.415 → 1.330 s in the last set), peak 186 → 200–207 MiB; the 3M-record zone 4.04 → 4.01 s and
    /// 518 → 527 MiB (four pairs).
    /// </remarks>
    public void ReadDone(bool inPieces)
    {
        if (inPieces && End())
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: false);
            collectedAfterRead = true;
        }
    }

    /// <summary>
    /// Starts the lint's region: after a read in pieces the parse's region has ended already (<see cref="ReadDone"/>);
    /// otherwise it is ended with one full collection first.
    /// </summary>
    public void ParseDone()
    {
        if (collectedAfterRead)
        {
            HugePages.AdviseAgain();
            inRegion = TryStart(fileSize * LintBytesPerTextByte, disallowFullBlockingGC: true);
            return;
        }

        if (!End())
        {
            return;
        }

        inRegion = CollectAndStart(fileSize * LintBytesPerTextByte);
    }

    /// <summary>
    /// Called before the lint's report of <paramref name="findings"/> is written: keeps the lint's region for a report
    /// of few findings, and ends it for one of many.
    /// </summary>
    /// <remarks>
    /// PERF: ended with the lint, the region left the heap with no budget, and the report's first string paid a
    /// collection of the whole zone just linted: 0.13 s of CPU on the main thread for the clean 1M-record zone (perf);
    /// six alternating pairs 2.50 → 2.31 s wall, and at 3M records 6.69 → 5.90 s (three). A report of many findings
    /// outgrows the region anyway, and what it allocates until then is the peak's: 442,000 findings at 1M records
    /// took 360 → 414 MiB for the same time, so such a report starts with the collection, as before.
    /// </remarks>
    public void Report(int findings)
    {
        if (findings > MaxFindingsInRegion)
        {
            End();
        }
    }

    /// <summary>Ends the lint's region, if the lint and its report did not outgrow it.</summary>
    public void Dispose() => End();

    /// <summary>Collects the whole heap, then starts a region of <paramref name="bytes"/>; whether it started.</summary>
    private static bool CollectAndStart(long bytes)
    {
        // PERF: the zone just read is all in gen0 and all alive. One full collection now moves it to gen2 in a single
        // trace; left to the lint's own collections it was traced and promoted gen0 → gen1 → gen2 across several of
        // them. 1M-record zone, three alternating pairs: GC pauses 883–958 ms → 558–634 ms (the 170–230 ms of this
        // collection included), lint 3.4–3.7 s → 3.1–3.3 s, peak memory 13 MB lower.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        HugePages.AdviseAgain();

        // PERF: the heap was just collected, so the region is not to start with another full collection: asked for a
        // region of 160 MB after a collection that followed a read in pieces, it made one, compacting, in about half the
        // runs (120-160 ms each; 1M-record zone, GC.GetGCMemoryInfo), and in none of eight once told not to.
        return TryStart(bytes, disallowFullBlockingGC: true);
    }

    private static bool TryStart(long bytes, bool disallowFullBlockingGC = false)
    {
        if (bytes > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2)
        {
            return false;
        }

        try
        {
            return GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this GC can promise in one region: go on as usual.
            return false;
        }
    }

    /// <summary>Ends the current region; whether one had been started.</summary>
    private bool End()
    {
        if (!inRegion)
        {
            return false;
        }

        inRegion = false;

        // The region ends by itself if more was allocated than it asked for.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        return true;
    }
}
