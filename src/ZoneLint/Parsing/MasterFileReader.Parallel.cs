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

    /// <summary>How far past a planned cut a line starting with an owner name is looked for.</summary>
    private const int CutSearchBytes = 1 << 20;

    /// <summary>
    /// Reads <paramref name="text"/>, a whole top-level input, on up to <see cref="ZoneParseOptions.MaxParallelism"/> threads
    /// when it is large enough to gain; returns <see langword="false"/>, with this reader to be discarded, when the input
    /// must be read again on one thread.
    /// </summary>
    public bool TryReadInParallel(ReadOnlyMemory<byte> text, string? file)
    {
        var cuts = PlanCuts(text.Span, options.ParallelPieceBytes, options.MaxParallelism);
        if (cuts is null)
        {
            Read(text, file);
            return true;
        }

        string? directory = file is null ? null : Path.GetDirectoryName(Path.GetFullPath(file));
        string? real = file is not null && IncludeResolver.TryGetRealPath(file, out var r) ? r : null;
        if (real is not null)
        {
            includeStack.Add(real);
        }

        // The prologue, then the state every later piece starts from.
        // PERF: this reader's record list and name table end up holding every piece's, so they are sized for the whole
        // input; each other reader's for its piece. Grown by doubling instead, they were copied and rehashed during the
        // join and their old arrays kept: 1M-record zone on two threads, join 150-190 -> 105-140 ms, peak 413 -> 378 MB.
        var f = new FileState(file, directory, Piece(text, 0, cuts[1]), givenOrigin, null) { SizeToPresizeFor = text.Length };
        ReadAll(f);
        if (f.Tokenizer.FoundUnclosedParenthesis)
        {
            return false;
        }

        // Piece k runs from cuts[k] to cuts[k + 1]; this thread reads piece 1, the others are read meanwhile.
        var start = PieceState.Of(this, f);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var others = new Task<MasterFileReader>[cuts.Length - 1];
        for (int k = 2; k < cuts.Length - 1; k++)
        {
            var tokenizer = Piece(text, cuts[k], cuts[k + 1]);
            long pieceStart = cuts[k], pieceBytes = cuts[k + 1] - cuts[k];
            others[k] = Task.Run(() => ReadPiece(file, directory, real, tokenizer, pieceStart, pieceBytes, start, stop.Token), stop.Token);
        }

        try
        {
            f = f.ContinueWith(Piece(text, cuts[1], cuts[2]));
            ReadAll(f);
            for (int k = 2; k < cuts.Length - 1 && !limitReached; k++)
            {
                if (f.Tokenizer.FoundUnclosedParenthesis)
                {
                    // An entry was left open at the cut: it may run on into this piece.
                    return false;
                }

                var piece = others[k].GetAwaiter().GetResult();
                if (PieceState.Of(this, f).Equals(start) && !piece.limitReached && recordCount + piece.recordCount <= options.MaxRecords
                    && (!piece.pieceEnd!.InheritedFromBefore || (f.LastOwner is null && !f.LastOwnerFailed && f.OriginChange is null)))
                {
                    f = Join(piece, f);
                }
                else
                {
                    // Read from a state that turned out wrong (an $ORIGIN or $TTL in the pieces before it, or a first
                    // record that repeats an owner from before the cut), or past the record limit: read it again here,
                    // where the state is known.
                    f = f.ContinueWith(Piece(text, cuts[k], cuts[k + 1]));
                    ReadAll(f);
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
                catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
                {
                    // A piece no longer needed, stopped.
                }
            }
        }

        ZoneTokenizer Piece(ReadOnlyMemory<byte> all, int from, int to) =>
            new(all[..to], options.MaxLineLength, options.MaxRecordLength, from, from == 0 ? 1 : LineOf(all.Span, from));
    }

    /// <summary>
    /// Where to cut <paramref name="text"/>: the end of the prologue, then the start of each piece, then the end; or
    /// <see langword="null"/> when it is too small to cut or no thread is to spare.
    /// </summary>
    internal static int[]? PlanCuts(ReadOnlySpan<byte> text, int pieceBytes, int maxParallelism)
    {
        int threads = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount;
        int prologue = Math.Min(PrologueBytes, text.Length / (threads + 1));
        int count = (int)Math.Min(threads, (text.Length - prologue) / (long)Math.Max(1, pieceBytes));
        if (count < 2)
        {
            return null;
        }

        var cuts = new List<int> { 0 };
        int prologueEnd = OwnerLineAt(text, prologue);
        if (prologueEnd < 0)
        {
            return null;
        }

        cuts.Add(prologueEnd);
        long size = text.Length - prologueEnd;
        for (int k = 1; k < count; k++)
        {
            int cut = OwnerLineAt(text, (int)(prologueEnd + (size * k / count)));
            if (cut > cuts[^1])
            {
                cuts.Add(cut);
            }
        }

        cuts.Add(text.Length);
        return cuts.Count >= 4 ? [.. cuts] : null;
    }

    /// <summary>The first line start at or after <paramref name="from"/> that begins with an owner name, or -1.</summary>
    private static int OwnerLineAt(ReadOnlySpan<byte> text, int from)
    {
        int limit = (int)Math.Min(text.Length, (long)from + CutSearchBytes);
        int at = Math.Max(from, 1);
        while (at < limit)
        {
            int newline = text[(at - 1)..limit].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return -1;
            }

            at += newline;
            if (at < text.Length && text[at] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)';' or (byte)'$' or (byte)'(' or (byte)')' or (byte)'"'))
            {
                return at;
            }

            at++;
        }

        return -1;
    }

    private static int LineOf(ReadOnlySpan<byte> text, int offset) => text[..offset].Count((byte)'\n') + 1;

    // Where a piece's own reader stopped (TryReadInParallel).
    private FileState? pieceEnd;

    /// <summary>Reads one piece on its own reader, starting from <paramref name="start"/>.</summary>
    private MasterFileReader ReadPiece(string? file, string? directory, string? real, ZoneTokenizer tokenizer, long pieceStart, long pieceBytes, PieceState start, CancellationToken stop)
    {
        var reader = new MasterFileReader(options with { Origin = null }, stop);
        if (real is not null)
        {
            reader.includeStack.Add(real);
        }

        var f = new FileState(file, directory, tokenizer, start.Origin is null ? null : reader.names.Intern(start.Origin.Wire), null)
        {
            SizeToPresizeFor = pieceBytes,
            PresizeFrom = pieceStart,
        };
        reader.apex = start.Apex is null ? null : reader.names.Intern(start.Apex.Wire);
        (reader.defaultTtlKnown, reader.defaultTtl, reader.lastTtlKnown, reader.lastTtl) = (start.DefaultTtlKnown, start.DefaultTtl, start.LastTtlKnown, start.LastTtl);
        reader.ReadAll(f);
        reader.pieceEnd = f;
        return reader;
    }


    /// <summary>Joins a piece read from the state this reader is in; returns where the piece left off.</summary>
    private FileState Join(MasterFileReader piece, FileState current)
    {
        names.Adopt(piece.names);
        records.AddRange(piece.records);
        diagnostics.AddRange(piece.diagnostics);
        pragmas.AddRange(piece.pragmas);
        recordCount += piece.recordCount;
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
