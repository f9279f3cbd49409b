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

    /// <summary>A piece with fewer records has them copied by the joining thread itself (<see cref="Join"/>).</summary>
    private const int ConcurrentCopyRecords = 16 * 1024;

    /// <summary>How far past a planned cut a line starting with an owner name is looked for.</summary>
    private const int CutSearchBytes = 1 << 20;

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

        // Piece k runs from cuts[k] to cuts[k + 1]; this thread reads piece 1, the others are read meanwhile.
        var start = PieceState.Of(this, f);
        ReadInPieces = true;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var others = new Task<MasterFileReader>[cuts.Length - 1];
        for (int k = 2; k < cuts.Length - 1; k++)
        {
            long from = cuts[k], to = cuts[k + 1];
            others[k] = Task.Run(() => ReadPiece(input, file, directory, real, from, to, start, stop.Token), stop.Token);
        }

        try
        {
            f = input.Read(this, cuts[1], cuts[2], f.Tokenizer.NextLine, f, null);
            for (int k = 2; k < cuts.Length - 1 && !limitReached; k++)
            {
                if (f is null || f.Tokenizer.FoundUnclosedParenthesis)
                {
                    // An entry was left open at the cut: it may run on into this piece.
                    return false;
                }

                var piece = others[k].GetAwaiter().GetResult();
                if (piece.pieceEnd is null)
                {
                    return false; // The piece stopped short (a line no buffer holds).
                }

                if (PieceState.Of(this, f).Equals(start) && !piece.limitReached && recordCount + piece.recordCount <= options.MaxRecords
                    && !piece.generateLimitMet && generatedCount + piece.generatedCount <= options.MaxGenerateCount
                    && !piece.includeLimitMet && includeCount + piece.includeCount <= options.MaxIncludes
                    && (!piece.pieceEnd.InheritedFromBefore || (f.LastOwner is null && !f.LastOwnerFailed && f.OriginChange is null)))
                {
                    f = Join(piece, f);
                }
                else
                {
                    // Read from a state that turned out wrong (an $ORIGIN or $TTL in the pieces before it, or a first
                    // record that repeats an owner from before the cut), or past the record, $GENERATE or $INCLUDE
                    // limit: read it again here, where the state is known.
                    f = input.Read(this, cuts[k], cuts[k + 1], f.Tokenizer.NextLine, f, null);
                }
            }

            // The last piece ends where the input does, as a reader of the whole input would.
            return true;
        }
        finally
        {
            stop.Cancel();
            foreach (var piece in others)
            {
                try
                {
                    piece?.Wait(CancellationToken.None);
                }
                catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException or IOException or UnauthorizedAccessException))
                {
                    // A piece no longer needed, stopped; or one whose file read failed, which the join has thrown if it
                    // needed the piece (and which a read again on one thread meets itself).
                }
            }
        }
    }

    /// <summary>
    /// Where to cut <paramref name="text"/>: the end of the prologue, then the start of each piece, then the end; or
    /// <see langword="null"/> when it is too small to cut or no thread is to spare.
    /// </summary>
    internal static long[]? PlanCuts(ReadOnlyMemory<byte> text, int pieceBytes, int maxParallelism) =>
        PlanCuts(new InMemory(text, ZoneParseOptions.Default), pieceBytes, maxParallelism);

    private static long[]? PlanCuts(Input input, int pieceBytes, int maxParallelism)
    {
        int threads = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        long prologue = Math.Min(PrologueBytes, input.Length / (threads + 1));
        int count = (int)Math.Min(threads, (input.Length - prologue) / Math.Max(1, pieceBytes));
        if (count < 2)
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
    private static long OwnerLineAt(Input input, long from)
    {
        // The window starts a byte early, to see whether `from` starts a line, and ends a byte late, to see what the
        // last line found starts with.
        long windowStart = Math.Max(from, 1) - 1;
        var text = input.Window(windowStart, CutSearchBytes + 2);
        bool endOfInput = windowStart + text.Length >= input.Length;
        int limit = Math.Min(text.Length, CutSearchBytes + 1);
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

    /// <summary>Reads one piece on its own reader, starting from <paramref name="start"/>.</summary>
    private MasterFileReader ReadPiece(Input input, string? file, string? directory, string? real, long from, long to, PieceState start, CancellationToken stop)
    {
        var reader = new MasterFileReader(options with { Origin = null }, stop);
        if (real is not null)
        {
            reader.includeStack.Add(real);
        }

        var origin = start.Origin is null ? null : reader.names.Intern(start.Origin.Wire);
        reader.apex = start.Apex is null ? null : reader.names.Intern(start.Apex.Wire);
        (reader.defaultTtlKnown, reader.defaultTtl, reader.lastTtlKnown, reader.lastTtl) = (start.DefaultTtlKnown, start.DefaultTtl, start.LastTtlKnown, start.LastTtl);
        reader.pieceEnd = input.Read(reader, from, to, input.LineAt(from, stop), null, tokenizer => new FileState(file, directory, tokenizer, origin, null)
        {
            SizeToPresizeFor = to - from,
            PresizeFrom = from,
        });
        return reader;
    }

    /// <summary>What is read in pieces: text in memory, or a file read through buffers.</summary>
    private abstract class Input
    {
        public abstract long Length { get; }

        /// <summary>Up to <paramref name="count"/> bytes from <paramref name="from"/> (fewer at the end).</summary>
        public abstract ReadOnlySpan<byte> Window(long from, int count);

        /// <summary>The line <paramref name="offset"/>, a line start, is on.</summary>
        public abstract int LineAt(long offset, CancellationToken cancellationToken);

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

        public override ReadOnlySpan<byte> Window(long from, int count) => text.Span.Slice((int)from, (int)Math.Min(count, text.Length - from));

        public override int LineAt(long offset, CancellationToken cancellationToken) => text.Span[..(int)offset].Count((byte)'\n') + 1;

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

        public override ReadOnlySpan<byte> Window(long from, int count)
        {
            var window = new byte[(int)Math.Min(count, length - from)];
            int read = 0;
            while (read < window.Length && RandomAccess.Read(handle, window.AsSpan(read), from + read) is var n and > 0)
            {
                read += n;
            }

            return window.AsSpan(0, read);
        }

        public override int LineAt(long offset, CancellationToken cancellationToken)
        {
            var buffer = new byte[(int)Math.Clamp(offset, 1, Math.Max(1, chunkBytes))];
            long lines = 1;
            for (long at = 0; at < offset;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int n = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, offset - at)), at);
                if (n == 0)
                {
                    break;
                }

                lines += buffer.AsSpan(0, n).Count((byte)'\n');
                at += n;
            }

            // Past the last line a position can name, the piece's reader stops at once, and the piece is read again
            // after the one before it, which stops there too.
            return (int)Math.Min(lines, ZoneTokenizer.MaxLine);
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
        int at = records.Count;
        records.EnsureCapacity(at + piece.records.Count);
        CollectionsMarshal.SetCount(records, at + piece.records.Count);
        void CopyRecords() => CollectionsMarshal.AsSpan(piece.records).CopyTo(CollectionsMarshal.AsSpan(records)[at..]);
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
