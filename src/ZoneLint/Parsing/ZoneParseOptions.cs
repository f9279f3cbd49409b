using ZoneLint.Model;

namespace ZoneLint.Parsing;

/// <summary>How to read a zone: its origin, where <c>$INCLUDE</c> may read, and the limits against hostile input.</summary>
/// <remarks>Immutable; use <c>with</c> to change a copy. Every limit has a default and can be raised or lowered.</remarks>
public sealed record ZoneParseOptions
{
    /// <summary>The defaults: no origin, <c>$INCLUDE</c> refused, limits as documented on each property.</summary>
    public static ZoneParseOptions Default { get; } = new();

    /// <summary>
    /// The zone's origin (apex). When <see langword="null"/>, the first <c>$ORIGIN</c> (or, failing that, the owner of the
    /// first SOA) is taken, and relative names before it are errors.
    /// </summary>
    public DomainName? Origin { get; init; }

    /// <summary>The file name used in locations when parsing text or a stream.</summary>
    public string? FileName { get; init; }

    /// <summary>The zone's class; records of another class are errors. Defaults to IN.</summary>
    public RRClass Class { get; init; } = RRClass.IN;

    /// <summary>
    /// The directory tree <c>$INCLUDE</c> may read from, checked by real path after resolving symbolic links.
    /// <see langword="null"/> (the default) refuses every <c>$INCLUDE</c>: a hosting panel passing untrusted text must opt in.
    /// </summary>
    public string? IncludeRoot { get; init; }

    /// <summary>
    /// The directory relative <c>$INCLUDE</c> paths resolve against. <see langword="null"/> (the default) means the including
    /// file's own directory; BIND resolves against its working directory, which this reproduces when set.
    /// </summary>
    public string? IncludeBaseDirectory { get; init; }

    /// <summary>How deep <c>$INCLUDE</c> may nest. Default 16.</summary>
    public int MaxIncludeDepth { get; init; } = 16;

    /// <summary>
    /// The most included files one zone reads, counting each <c>$INCLUDE</c> followed (the same file included twice is
    /// read twice); the first <c>$INCLUDE</c> past it is reported and neither it nor any later one is read. Default 10,000.
    /// Without it, files that each include the next a few times take time exponential in the nesting depth.
    /// </summary>
    public int MaxIncludes { get; init; } = 10_000;

    /// <summary>
    /// The most records the <c>$GENERATE</c> directives of one zone may produce together (its included files' too): a
    /// directive that would go past it makes none. Default 1,048,576 (a /12 of reverse names).
    /// </summary>
    public long MaxGenerateCount { get; init; } = 1 << 20;

    /// <summary>The longest line, in bytes. Default 1 MiB.</summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>The longest entry (a record, with parentheses over several lines), in bytes. Default 4 MiB.</summary>
    public int MaxRecordLength { get; init; } = 4 << 20;

    /// <summary>The most records read; reading stops with an error beyond it. Default 50,000,000.</summary>
    public long MaxRecords { get; init; } = 50_000_000;

    /// <summary>
    /// The most bytes read from one file. Default 2 GiB minus one. A file is read through a buffer, so a larger limit
    /// costs no memory of its own (input given as one buffer or stream is still held whole).
    /// </summary>
    public long MaxFileSize { get; init; } = int.MaxValue;

    /// <summary>
    /// How many threads may read one large input (1 MiB or more per thread) at once, the input cut at lines that start
    /// with an owner name; the result is the same as reading it on one thread. 0 means one per processor. Default 1:
    /// the pieces' readers leave their tables behind when the pieces are joined (about 30 MB for a 53 MB zone), for the
    /// caller's collections to reclaim. On the two-core machine ZoneLint is measured on, two threads read a
    /// million-record zone in 0.66 s instead of 0.89 s (the work is memory-bound: each slows the other by 15–20%); the
    /// <c>zonelint</c> tool reads a single file on every core and collects the pieces' garbage before the index build.
    /// </summary>
    public int MaxParallelism { get; init; } = 1;

    /// <summary>The buffer a file is read through on one thread (tests lower it to cut small files into many chunks).</summary>
    internal int ReadChunkBytes { get; init; } = 1 << 20;

    /// <summary>The least input a piece read in parallel is given, up to eight pieces a thread (tests lower it to cut small inputs).</summary>
    /// <remarks>
    /// PERF: 8 MiB until the twentieth round, when a zone of 100,000 records (5 MB) was read on one core while the
    /// other waited; at 1 MiB, `zonelint check` of that zone took 0.35 s instead of 0.41 s and of a 2.5 MB zone 0.27 s
    /// instead of 0.31 s (ten alternating pairs each, 5 MiB more at the peak).
    /// </remarks>
    internal int ParallelPieceBytes { get; init; } = 1 << 20;

    /// <summary>How many names a zone must have for its index to be built on two threads (tests lower it).</summary>
    internal int ConcurrentIndexFromNames { get; init; } = Model.Zone.ConcurrentFromNames;
}
