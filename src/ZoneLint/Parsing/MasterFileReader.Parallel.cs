using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Text;

namespace ZoneLint.Parsing;

/// <summary>Reading one large input on several threads, with the same result as reading it on one.</summary>
/// <remarks>
/// The input is cut at line starts that begin with an owner name. The reader reads a prologue first (where the
/// <c>$ORIGIN</c>, <c>$TTL</c> and SOA of nearly every zone are), then each piece after it is read by a reader of its
/// own, all at once, each starting from the state the prologue left: origin, apex, default and last TTL. Pieces are
/// then joined in order, each only if the piece before it ended between entries (no <c>(</c> left open, so no entry
/// crossed the cut) and left exactly the state the piece was read from. A piece whose start state turns out wrong is
/// read again here, after the pieces before it; a piece before which an entry was left open makes the whole input be
/// read again on one thread. Names each reader interned are numbered into this reader's table as the pieces are joined.
/// </remarks>
internal sealed partial class MasterFileReader
{
    /// <summary>The prologue read before the input is cut: enough for the directives and SOA at a zone's top.</summary>
    private const int PrologueBytes = 64 * 1024;

    /// <summary>
    /// How many pieces a thread's share of the input is cut into, at most (none smaller than
    /// <see cref="ZoneParseOptions.ParallelPieceBytes"/>), so that a thread done early can take pieces from another's.
    /// </summary>
    private const int PiecesPerThread = 8;

    /// <summary>A piece with fewer records has them copied by the joining thread itself (<see cref="Join"/>).</summary>
    private const int ConcurrentCopyRecords = 16 * 1024;

    /// <summary>The text at a piece's start whose entries are counted to guess how many records the piece holds.</summary>
    private const int RecordSampleBytes = 64 * 1024;

    /// <summary>How much larger than the guess a piece's stretch of the shared record array is (<see cref="ShareRecordArray"/>).</summary>
    private const double RecordMargin = 1.04;

    /// <summary>How far past a planned cut a line starting with an owner name is looked for.</summary>
    private const int CutSearchBytes = 1 << 20;

    /// <summary>The window an owner line is first looked for in (<see cref="OwnerLineAt(Input, long)"/>).</summary>
    private const int FirstCutWindowBytes = 4 * 1024;

    /// <summary>
    /// Reads <paramref name="text"/>, a whole top-level input, on up to <see cref="ZoneParseOptions.MaxParallelism"/> threads
    /// when it is large enough to gain; returns <see langword="false"/>, with this reader to be discarded, when the input
    /// must be read again on one thread.
    /// </summary>
    public bool TryReadInParallel(ReadOnlyMemory<byte> text, string? file) => TryReadInParallel(new InMemory(text, options), file);

    /// <summary>
    /// Reads the file <paramref name="handle"/> opens, <paramref name="length"/> bytes, as <see cref="TryReadInParallel(ReadOnlyMemory{byte}, string?)"/>
    /// does, each thread through a buffer of about <paramref name="chunkBytes"/> (<see cref="ReadInChunks"/>).
    /// </summary>
    /// <remarks>
    /// PERF: the file's bytes are not all held: on a 53 MB zone, reading it whole for two threads cost 70 MiB more than
    /// one thread reading through a buffer.
    /// </remarks>
    public bool TryReadInParallel(SafeFileHandle handle, long length, string file, int chunkBytes) =>
        TryReadInParallel(new InFile(handle, length, file, chunkBytes), file);

    private bool TryReadInParallel(Input input, string? file)
    {
        var cuts = PlanCuts(input, options.ParallelPieceBytes, options.MaxParallelism);
        string? directory = file is null ? null : Path.GetDirectoryName(Path.GetFullPath(file));
        string? real = file is not null && IncludeResolver.TryGetRealPath(file, out var r) ? r : null;
        if (real is not null)
        {
            includeStack.Add(real);
        }

        FileState Whole(ZoneTokenizer tokenizer) => new(file, directory, tokenizer, givenOrigin, null) { SizeToPresizeFor = input.Length };
        if (cuts is null)
        {
            input.Read(this, 0, input.Length, 1, null, Whole);
            return true;
        }

        // The prologue, then the state every later piece starts from.
        // PERF: this reader's record list and name table end up holding every piece's, so they are sized for the whole
        // input; each other reader's for its piece. Grown by doubling instead, they were copied and rehashed during the
        // join and their old arrays kept: 1M-record zone on two threads, join 150-190 -> 105-140 ms, peak 413 -> 378 MB.
        var f = input.Read(this, 0, cuts[1], 1, null, Whole);
        if (f is null || f.Tokenizer.FoundUnclosedParenthesis)
        {
            return false;
        }

        // Piece k runs from cuts[k] to cuts[k + 1]. Each thread starts on a stretch of pieces of its own (this one on the
        // first) and reads on into the next while no other thread has taken it; a thread whose stretch is done takes the
        // last piece nobody has, so that no core waits while another still has pieces to read.
        // PERF: cut once per thread, the reader of the 1M-record zone that finished first waited 50-130 ms for the other
        // (the host's noise, not the text, decided which), and the join then ran on one core after it.
        var start = PieceState.Of(this, f);
        ReadInPieces = true;
        int pieces = cuts.Length - 2;
        var stretches = ShareRecordArray(input, cuts);
        var schedule = new PieceSchedule(pieces, Math.Min(ThreadsFor(options.MaxParallelism), pieces));
        var lines = new CutLines(input, cuts, f.Tokenizer.NextLine);
        var runs = new TaskCompletionSource<Run>[pieces + 1];
        for (int k = 1; k <= pieces; k++)
        {
            runs[k] = new TaskCompletionSource<Run>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var others = new Task[schedule.Threads - 1];
        for (int t = 1; t < schedule.Threads; t++)
        {
            int home = schedule.HomeOf(t);
            others[t - 1] = Task.Run(() => ReadRuns(schedule.TryClaim(home) ? home : schedule.ClaimLast(), start, schedule, input, cuts, stretches, lines, runs, file, directory, real, stop.Token), stop.Token);
        }

        try
        {
            int next = 1;
            while (next <= pieces && !limitReached && f is not null && !f.Tokenizer.FoundUnclosedParenthesis && (next == 1 || schedule.TryClaim(next)))
            {
                ExtendRecords(stretches, next);
                f = input.Read(this, cuts[next], cuts[next + 1], f.Tokenizer.NextLine, f, null);
                next++;
            }

            if (!limitReached && f is not null && !f.Tokenizer.FoundUnclosedParenthesis)
            {
                ReadRuns(schedule.ClaimLast(), start, schedule, input, cuts, stretches, lines, runs, file, directory, real, stop.Token);
            }

            for (int k = next; k <= pieces && !limitReached;)
            {
                if (f is null || f.Tokenizer.FoundUnclosedParenthesis)
                {
                    // An entry was left open at the cut: it may run on into this piece.
                    return false;
                }

                var run = runs[k].Task.GetAwaiter().GetResult();
                var piece = run.Reader;
                if (piece.pieceEnd is null)
                {
                    return false; // The piece stopped short (a line no buffer holds, or an entry open at a cut within the run).
                }

                if (PieceState.Of(this, f).Equals(start) && !piece.limitReached && recordCount + piece.recordCount <= options.MaxRecords
                    && !piece.generateLimitMet && generatedCount + piece.generatedCount <= options.MaxGenerateCount
                    && !piece.includeLimitMet && includeCount + piece.includeCount <= options.MaxIncludes
                    && (!piece.pieceEnd.InheritedFromBefore || (f.LastOwner is null && !f.LastOwnerFailed && f.OriginChange is null)))
                {
                    ExtendRecords(stretches, run.Last);
                    f = Join(piece, f);
                }
                else
                {
                    // Read from a state that turned out wrong (an $ORIGIN or $TTL in the pieces before it, or a first
                    // record that repeats an owner from before the cut), or past the record, $GENERATE or $INCLUDE
                    // limit: read it again here, where the state is known.
                    ExtendRecords(stretches, run.Last);
                    f = input.Read(this, cuts[k], cuts[run.Last + 1], f.Tokenizer.NextLine, f, null);
                }

                k = run.Last + 1;
            }

            // The last piece ends where the input does, as a reader of the whole input would.
            return true;
        }
        finally
        {
            stop.Cancel();
            foreach (var other in others)
            {
                try
                {
                    other.Wait(CancellationToken.None);
                }
                catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException or IOException or UnauthorizedAccessException))
                {
                    // A piece no longer needed, stopped; or one whose file read failed, which the join has thrown if it
                    // needed the piece (and which a read again on one thread meets itself).
                }
            }
        }
    }

    private static int ThreadsFor(int maxParallelism) => maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;

    /// <summary>
    /// Reads runs of pieces, each on a reader of its own, from piece <paramref name="first"/> (0: none) until no piece is
    /// left to take; each run's reader goes on into the next piece while it can take it (<see cref="PieceSchedule"/>).
    /// </summary>
    private void ReadRuns(int first, PieceState start, PieceSchedule schedule, Input input, long[] cuts, SharedRecords? stretches, CutLines lines, TaskCompletionSource<Run>[] runs, string? file, string? directory, string? real, CancellationToken stop)
    {
        for (int k = first; k > 0; k = schedule.ClaimLast())
        {
            try
            {
                runs[k].SetResult(ReadRun(k, start, schedule, input, cuts, stretches, lines, file, directory, real, stop));
            }
            catch (Exception e)
            {
                runs[k].SetException(e);
                throw;
            }
        }
    }

    /// <summary>Reads piece <paramref name="first"/>, and the pieces after it while they are free, on a reader of its own.</summary>
    private Run ReadRun(int first, PieceState start, PieceSchedule schedule, Input input, long[] cuts, SharedRecords? stretches, CutLines lines, string? file, string? directory, string? real, CancellationToken stop)
    {
        var reader = new MasterFileReader(options with { Origin = null }, stop);
        if (stretches is not null)
        {
            reader.records.Share(stretches.Array, stretches.Starts[first], stretches.Starts[first + 1]);
        }

        if (real is not null)
        {
            reader.includeStack.Add(real);
        }

        var origin = start.Origin is null ? null : reader.names.Intern(start.Origin.Wire);
        reader.apex = start.Apex is null ? null : reader.names.Intern(start.Apex.Wire);
        (reader.defaultTtlKnown, reader.defaultTtl, reader.lastTtlKnown, reader.lastTtl) = (start.DefaultTtlKnown, start.DefaultTtl, start.LastTtlKnown, start.LastTtl);

        // The list is sized for the free pieces after this one in its stretch, which this run reads unless another takes them.
        long from = cuts[first], to = cuts[schedule.FreeThrough(first) + 1];
        var f = input.Read(reader, from, cuts[first + 1], lines.At(first, stop), null, tokenizer => new FileState(file, directory, tokenizer, origin, null)
        {
            SizeToPresizeFor = to - from,
            PresizeFrom = from,
        });
        int last = first;
        while (f is not null && !f.Tokenizer.FoundUnclosedParenthesis && !reader.limitReached && last < cuts.Length - 2 && schedule.TryClaim(last + 1))
        {
            last++;
            reader.ExtendRecords(stretches, last);
            f = input.Read(reader, cuts[last], cuts[last + 1], f.Tokenizer.NextLine, f, null);
        }

        // An entry open at a cut within the run may have run on into the next piece: the run cannot be joined.
        reader.pieceEnd = f is null || f.Tokenizer.FoundUnclosedParenthesis ? null : f;
        return new Run(reader, last);
    }

    /// <summary>
    /// The one array every piece's reader writes its records into, and where in it each piece's stretch starts
    /// (<see cref="SharedRecords.Starts"/>[k] for piece k; the entry after the last piece's is the array's length), or
    /// null when the input's records are too many to guess at once. This reader's records move to the array's start.
    /// </summary>
    /// <remarks>
    /// PERF: each piece's stretch is sized from the entries a sample at its start holds, with some to spare; the pieces a
    /// reader takes on after its first are the stretches after its own, and a join moves a piece's records down to
    /// where the records before it end. Before, each run of pieces had a list of its own, copied into this reader's at
    /// the join: at a million records, 17 MB of garbage, most of it fresh memory the kernel zeroes. A reader whose
    /// stretch fills (a guess too small, a <c>$GENERATE</c>) moves its records to an array of its own and goes on there.
    /// </remarks>
    private SharedRecords? ShareRecordArray(Input input, long[] cuts)
    {
        var starts = new int[cuts.Length];
        long at = starts[1] = records.Count;
        for (int k = 1; k < cuts.Length - 1; k++)
        {
            at += EstimateEntries(input, cuts[k], cuts[k + 1]);
            if (at > Math.Min(options.MaxRecords, Array.MaxLength))
            {
                return null;
            }

            starts[k + 1] = (int)at;
        }

        var array = new ResourceRecord[at];
        records.Share(array, 0, starts[2]);
        return new SharedRecords(array, starts);
    }

    /// <summary>About how many records bytes <paramref name="from"/> to <paramref name="to"/> hold, with a margin: the entries of a sample at their start, scaled.</summary>
    private long EstimateEntries(Input input, long from, long to)
    {
        var sample = input.Window(from, (int)Math.Min(RecordSampleBytes, to - from));
        if (from + sample.Length < to)
        {
            // Whole lines only, so that the last entry counted is not one cut short.
            sample = sample[..(sample.Span.LastIndexOf((byte)'\n') + 1)];
        }

        var tokenizer = new ZoneTokenizer(sample, options.MaxLineLength, options.MaxRecordLength);
        var entry = new Entry();
        long entries = 0;
        while (tokenizer.ReadEntry(entry))
        {
            entries++;
        }

        double perByte = sample.Length > 0 ? (double)entries / sample.Length : 0;
        return (long)Math.Ceiling(perByte * (to - from) * RecordMargin) + 16;
    }

    /// <summary>Lets this reader's records run on through piece <paramref name="piece"/>'s stretch, which it now reads (or has joined).</summary>
    private void ExtendRecords(SharedRecords? stretches, int piece)
    {
        if (stretches is not null)
        {
            records.Extend(stretches.Starts[piece + 1]);
        }
    }

    private sealed record SharedRecords(ResourceRecord[] Array, int[] Starts);

    /// <summary>Pieces <c>first</c> to <see cref="Last"/>, read by <see cref="Reader"/>.</summary>
    private sealed record Run(MasterFileReader Reader, int Last);

    /// <summary>
    /// Where to cut <paramref name="text"/>: the end of the prologue, then the start of each piece, then the end; or
    /// <see langword="null"/> when it is too small to cut or no thread is to spare.
    /// </summary>
    internal static long[]? PlanCuts(ReadOnlyMemory<byte> text, int pieceBytes, int maxParallelism) =>
        PlanCuts(new InMemory(text, ZoneParseOptions.Default), pieceBytes, maxParallelism);

    private static long[]? PlanCuts(Input input, int pieceBytes, int maxParallelism)
    {
        int threads = ThreadsFor(maxParallelism);
        long prologue = Math.Min(PrologueBytes, input.Length / (threads + 1));
        int count = (int)Math.Min(threads * PiecesPerThread, (input.Length - prologue) / Math.Max(1, pieceBytes));
        if (threads < 2 || count < 2)
        {
            return null;
        }

        var cuts = new List<long> { 0 };
        long prologueEnd = OwnerLineAt(input, prologue);
        if (prologueEnd < 0)
        {
            return null;
        }

        cuts.Add(prologueEnd);
        long size = input.Length - prologueEnd;
        for (int k = 1; k < count; k++)
        {
            long cut = OwnerLineAt(input, prologueEnd + (size * k / count));
            if (cut > cuts[^1])
            {
                cuts.Add(cut);
            }
        }

        cuts.Add(input.Length);
        return cuts.Count >= 4 ? [.. cuts] : null;
    }

    /// <summary>The first line start at or after <paramref name="from"/>, within <see cref="CutSearchBytes"/>, that begins with an owner name, or -1.</summary>
    /// <remarks>
    /// PERF: looked for in a small window first, then in larger ones: a file is read into a new array for each window,
    /// and a window of the whole search was 16 MB of garbage and of reads for the 16 cuts of the 1M-record zone, whose
    /// owner lines are a few dozen bytes apart.
    /// </remarks>
    private static long OwnerLineAt(Input input, long from)
    {
        for (int window = FirstCutWindowBytes; ; window *= 16)
        {
            long at = OwnerLineAt(input, from, Math.Min(window, CutSearchBytes));
            if (at >= 0 || window >= CutSearchBytes || from + window >= input.Length)
            {
                return at;
            }
        }
    }

    private static long OwnerLineAt(Input input, long from, int searchBytes)
    {
        // The window starts a byte early, to see whether `from` starts a line, and ends a byte late, to see what the
        // last line found starts with.
        long windowStart = Math.Max(from, 1) - 1;
        var text = input.Window(windowStart, searchBytes + 2).Span;
        bool endOfInput = windowStart + text.Length >= input.Length;
        int limit = Math.Min(text.Length, searchBytes + 1);
        int at = 1;
        while (at < limit)
        {
            int newline = text[(at - 1)..limit].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return -1;
            }

            at += newline;
            if ((at < text.Length || !endOfInput) && text[at] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)';' or (byte)'$' or (byte)'(' or (byte)')' or (byte)'"'))
            {
                return windowStart + at;
            }

            at++;
        }

        return -1;
    }

    /// <summary>Whether other readers read pieces of the input (TryReadInParallel), each with tables of its own.</summary>
    public bool ReadInPieces { get; private set; }

    // Where a piece's own reader stopped (TryReadInParallel); null when it stopped short.
    private FileState? pieceEnd;

    /// <summary>
    /// Which pieces are taken. Thread t's stretch starts at <see cref="HomeOf"/>(t); the first piece is this reader's
    /// from the start. A thread reads on into the piece after its last while it is free, then takes the last free one.
    /// </summary>
    private sealed class PieceSchedule
    {
        private readonly bool[] taken;

        public PieceSchedule(int pieces, int threads)
        {
            taken = new bool[pieces + 1];
            taken[1] = true;
            Threads = threads;
        }

        public int Threads { get; }

        private int Pieces => taken.Length - 1;

        /// <summary>The first piece of thread <paramref name="thread"/>'s stretch.</summary>
        public int HomeOf(int thread) => 1 + (int)((long)Pieces * thread / Threads);

        /// <summary>The last of the pieces from <paramref name="piece"/> on that are free, in the stretch it is in.</summary>
        public int FreeThrough(int piece)
        {
            int thread = 1;
            while (thread < Threads && HomeOf(thread) <= piece)
            {
                thread++;
            }

            int end = thread < Threads ? HomeOf(thread) - 1 : Pieces;
            lock (taken)
            {
                int last = piece;
                while (last < end && !taken[last + 1])
                {
                    last++;
                }

                return last;
            }
        }

        public bool TryClaim(int piece)
        {
            lock (taken)
            {
                return !taken[piece] && (taken[piece] = true);
            }
        }

        /// <summary>Takes the last piece no thread has taken; 0 when there is none.</summary>
        public int ClaimLast()
        {
            lock (taken)
            {
                int piece = Array.LastIndexOf(taken, false);
                if (piece > 0)
                {
                    taken[piece] = true;
                }

                return Math.Max(piece, 0);
            }
        }
    }

    /// <summary>The line each cut starts, counted once from the cut before it as a piece's reader first needs it.</summary>
    private sealed class CutLines
    {
        private readonly Input input;
        private readonly long[] cuts;
        private readonly int[] lines;
        private int counted = 1;

        public CutLines(Input input, long[] cuts, int firstPieceLine)
        {
            this.input = input;
            this.cuts = cuts;
            lines = new int[cuts.Length];
            lines[1] = firstPieceLine;
        }

        public int At(int cut, CancellationToken cancellationToken)
        {
            lock (lines)
            {
                if (counted < cut)
                {
                    int from = counted;
                    var counts = new long[cut - from];
                    input.CountLines(cuts.AsSpan(from, cut - from + 1), counts, cancellationToken);
                    for (; counted < cut; counted++)
                    {
                        // Past the last line a position can name, the piece's reader stops at once, and the piece is
                        // read again after the one before it, which stops there too.
                        lines[counted + 1] = (int)Math.Min(lines[counted] + counts[counted - from], ZoneTokenizer.MaxLine);
                    }
                }

                return lines[cut];
            }
        }
    }

    /// <summary>What is read in pieces: text in memory, or a file read through buffers.</summary>
    private abstract class Input
    {
        public abstract long Length { get; }

        /// <summary>Up to <paramref name="count"/> bytes from <paramref name="from"/> (fewer at the end).</summary>
        public abstract ReadOnlyMemory<byte> Window(long from, int count);

        /// <summary>How many line ends each range between consecutive <paramref name="bounds"/> holds, into <paramref name="counts"/>.</summary>
        public abstract void CountLines(ReadOnlySpan<long> bounds, Span<long> counts, CancellationToken cancellationToken);

        /// <summary>
        /// Reads bytes <paramref name="from"/> to <paramref name="to"/>, starting line <paramref name="line"/>, into
        /// <paramref name="reader"/>: continuing <paramref name="f"/>, or when it is null from the state
        /// <paramref name="start"/> makes. Returns the state where the read ended, or null when it stopped short.
        /// </summary>
        public abstract FileState? Read(MasterFileReader reader, long from, long to, int line, FileState? f, Func<ZoneTokenizer, FileState>? start);
    }

    private sealed class InMemory(ReadOnlyMemory<byte> text, ZoneParseOptions options) : Input
    {
        public override long Length => text.Length;

        public override ReadOnlyMemory<byte> Window(long from, int count) => text.Slice((int)from, (int)Math.Min(count, text.Length - from));

        public override void CountLines(ReadOnlySpan<long> bounds, Span<long> counts, CancellationToken cancellationToken)
        {
            for (int i = 0; i < counts.Length; i++)
            {
                counts[i] = text.Span[(int)bounds[i]..(int)bounds[i + 1]].Count((byte)'\n');
            }
        }

        public override FileState? Read(MasterFileReader reader, long from, long to, int line, FileState? f, Func<ZoneTokenizer, FileState>? start)
        {
            var tokenizer = new ZoneTokenizer(text[..(int)to], options.MaxLineLength, options.MaxRecordLength, (int)from, line);
            f = f is null ? start!(tokenizer) : f.ContinueWith(tokenizer);
            reader.ReadAll(f);
            return f;
        }
    }

    private sealed class InFile(SafeFileHandle handle, long length, string file, int chunkBytes) : Input
    {
        public override long Length => length;

        public override ReadOnlyMemory<byte> Window(long from, int count)
        {
            var window = new byte[(int)Math.Min(count, length - from)];
            int read = 0;
            while (read < window.Length && RandomAccess.Read(handle, window.AsSpan(read), from + read) is var n and > 0)
            {
                read += n;
            }

            return window.AsMemory(0, read);
        }

        public override void CountLines(ReadOnlySpan<long> bounds, Span<long> counts, CancellationToken cancellationToken)
        {
            var buffer = new byte[(int)Math.Clamp(bounds[^1] - bounds[0], 1, Math.Max(1, chunkBytes))];
            for (int i = 0; i < counts.Length; i++)
            {
                long to = bounds[i + 1];
                for (long at = bounds[i]; at < to;)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int n = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, to - at)), at);
                    if (n == 0)
                    {
                        break;
                    }

                    counts[i] += buffer.AsSpan(0, n).Count((byte)'\n');
                    at += n;
                }
            }
        }

        public override FileState? Read(MasterFileReader reader, long from, long to, int line, FileState? f, Func<ZoneTokenizer, FileState>? start) =>
            reader.ReadRange(handle, from, to, line, chunkBytes, file, f, start!);
    }

    /// <summary>Joins a piece read from the state this reader is in; returns where the piece left off.</summary>
    private FileState Join(MasterFileReader piece, FileState current)
    {
        // PERF: the piece's records are copied on another thread while this one numbers its names: the two touch nothing
        // in common, and each is about 20 ms of a 1M-record zone's join, which the other core otherwise spends waiting
        // (the copy's first touches of this list's unused end are most of its cost).
        void CopyRecords() => records.Append(piece.records.Span);
        var copy = piece.records.Count >= ConcurrentCopyRecords ? Task.Run(CopyRecords) : null;
        names.Adopt(piece.names);
        if (copy is null)
        {
            CopyRecords();
        }
        else
        {
            copy.GetAwaiter().GetResult();
        }

        diagnostics.AddRange(piece.diagnostics);
        pragmas.AddRange(piece.pragmas);
        recordCount += piece.recordCount;
        uncheckedOwners += piece.uncheckedOwners;
        generatedCount += piece.generatedCount;
        includeCount += piece.includeCount;
        apex = piece.apex;
        (defaultTtlKnown, defaultTtl, lastTtlKnown, lastTtl) = (piece.defaultTtlKnown, piece.defaultTtl, piece.lastTtlKnown, piece.lastTtl);
        // A piece that wrote no owner leaves the previous owner as it found it: as it was before the cut.
        var end = piece.pieceEnd!;
        if (!end.OwnerRead)
        {
            end.LastOwner = current.LastOwner;
            end.LastOwnerFailed = current.LastOwnerFailed;
            end.OriginChange ??= current.OriginChange;
        }

        return end;
    }

    /// <summary>What reading a record depends on from the records and directives before it, once its owner is written.</summary>
    private readonly record struct PieceState(DomainName? Origin, DomainName? Apex, bool DefaultTtlKnown, uint DefaultTtl, bool LastTtlKnown, uint LastTtl)
    {
        public static PieceState Of(MasterFileReader reader, FileState f) => new(
            f.Origin,
            reader.apex,
            reader.defaultTtlKnown,
            reader.defaultTtlKnown ? reader.defaultTtl : 0,
            !reader.defaultTtlKnown && reader.lastTtlKnown,
            !reader.defaultTtlKnown && reader.lastTtlKnown ? reader.lastTtl : 0);

        // Names compare as spelled: a relative name read after an origin takes the origin's spelling.
        public bool Equals(PieceState other) =>
            SameSpelling(Origin, other.Origin) && SameSpelling(Apex, other.Apex) && DefaultTtlKnown == other.DefaultTtlKnown
            && DefaultTtl == other.DefaultTtl && LastTtlKnown == other.LastTtlKnown && LastTtl == other.LastTtl;

        public override int GetHashCode() => HashCode.Combine(DefaultTtl, LastTtl);

        private static bool SameSpelling(DomainName? a, DomainName? b) =>
            ReferenceEquals(a, b) || (a is not null && b is not null && a.Wire.SequenceEqual(b.Wire));
    }
}
