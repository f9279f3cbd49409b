using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Parsing;

/// <summary>
/// Reads master files (RFC 1035 §5) into records: directives, owner and TTL inheritance, typed RDATA.
/// Every problem becomes a diagnostic and reading goes on with the next entry.
/// </summary>
internal sealed partial class MasterFileReader
{
    /// <summary>
    /// The longest RDATA a record can have and still be sent: a DNS message holds at most 65535 octets (RFC 1035
    /// §4.2.2), less the 12-octet header and the record's owner (at least 1), type, class, TTL and RDLENGTH (10).
    /// BIND uses the same limit (master15.data fails with 65513 octets, master16.data loads with 65512).
    /// </summary>
    internal const int MaxRdataLength = 65535 - 12 - 1 - 10;

    // PERF: the cancellation token is looked at once per this many entries (and generated records).
    private const int CancellationStride = 1024;

    /// <summary>
    /// Records read before the record list is sized for the whole input (see <see cref="PresizeFor"/>): under the 16,384
    /// its doubling has room for by then, so that it is sized before it grows again.
    /// </summary>
    private const int PresizeSampleRecords = 12 * 1024;

    /// <summary>Distinct names interned before a streaming read forgets them and starts sharing afresh.</summary>
    private const int StreamingNameLimit = 1 << 16;

    private readonly ZoneParseOptions options;
    private readonly NameTable names = new();
    private readonly RdataReader rdata;
    private readonly RecordBuffer records = new();
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<ZonePragma> pragmas = [];
    private readonly List<string> includeStack = [];
    private readonly TextTable texts = new();
    private readonly string? includeRootReal;
    private readonly DomainName? givenOrigin;
    private DomainName? apex;
    private uint defaultTtl;
    private bool defaultTtlKnown;
    private uint lastTtl;
    private bool lastTtlKnown;
    private readonly CancellationToken cancellationToken;
    private bool limitReached;
    private long recordCount;

    // Records kept before the apex was known, whose owners were not checked to be in the zone.
    private long uncheckedOwners;

    // The buffer the top-level file was last read through (ReadRange; $INCLUDE never reads through one).
    private byte[]? chunkBuffer;

    // Records the $GENERATE directives read so far may make (MaxGenerateCount bounds their sum), and whether one was
    // refused for the sum, which depends on the directives before it.
    private long generatedCount;
    private bool generateLimitMet;

    // Included files read so far (MaxIncludes bounds them), and whether one was refused for that.
    private int includeCount;
    private bool includeLimitMet;

    public MasterFileReader(ZoneParseOptions options, CancellationToken cancellationToken = default)
    {
        this.options = options;
        this.cancellationToken = cancellationToken;
        rdata = new RdataReader(names);

        // The origin passed in is interned like any name read, so that the zone can group records by the table's numbers.
        givenOrigin = options.Origin is null ? null : names.Intern(options.Origin.Wire);
        apex = givenOrigin;
        if (options.IncludeRoot is { Length: > 0 } && IncludeResolver.TryGetRealPath(options.IncludeRoot, out var root))
        {
            includeRootReal = root;
        }
    }

    /// <summary>
    /// When set, each record read goes here instead of into the zone (streaming lint): <see cref="Finish"/> then gives a
    /// zone with the origin and pragmas but no records. The second argument is the zone's origin as known so far.
    /// </summary>
    public Action<ResourceRecord, DomainName?>? RecordSink { get; init; }

    /// <summary>The room the record list has (see <see cref="PresizeFor"/>).</summary>
    internal int RecordCapacity => records.Capacity;

    /// <summary>Whether the records are still in the array the pieces' readers shared (MasterFileReader.Parallel), none moved out of its stretch.</summary>
    internal bool RecordsInSharedArray => records.IsShared;

    /// <summary>How many records were read (kept or passed to <see cref="RecordSink"/>).</summary>
    public long RecordCount => recordCount;

    public ParseResult Finish()
    {
        var zoneOrigin = apex ?? FindApex() ?? DomainName.Root;
        System.Diagnostics.Debug.Assert(records.Start == 0, "a reader's records start its array");
        var zone = new Zone(zoneOrigin, records.Items, records.Count, [.. pragmas], RecordSink is null ? names : null, cancellationToken, options.ConcurrentIndexFromNames)
        {
            OwnersInZone = apex is not null && uncheckedOwners == 0,
        };
        return new ParseResult(zone, [.. diagnostics]);
    }

    private DomainName? FindApex()
    {
        foreach (var r in records.Span)
        {
            if (r.Type == RRType.SOA)
            {
                return r.Owner;
            }
        }

        return records.Count > 0 ? records[0].Owner : null;
    }

    /// <summary>Reads one top-level input, whose first line is line <paramref name="firstLine"/> (tests start near the last line a position can name).</summary>
    public void Read(ReadOnlyMemory<byte> text, string? file, int firstLine = 1)
    {
        string? directory = file is null ? null : Path.GetDirectoryName(Path.GetFullPath(file));
        var tokenizer = new ZoneTokenizer(text, options.MaxLineLength, options.MaxRecordLength, 0, firstLine);
        var state = new FileState(file, directory, tokenizer, givenOrigin, null) { SizeToPresizeFor = text.Length };
        if (file is not null && IncludeResolver.TryGetRealPath(file, out var real))
        {
            includeStack.Add(real);
        }

        ReadAll(state);
    }

    /// <summary>
    /// Reads a whole file through a buffer of about <paramref name="chunkBytes"/>, so that memory does not grow with the
    /// file's size (nor is it limited to what one array holds), with the records, diagnostics and pragmas of reading it
    /// whole.
    /// </summary>
    /// <remarks>
    /// Each chunk ends after a line end; an entry still inside parentheses there is read again, from its start, with the
    /// next chunk, and a line or entry longer than the buffer grows it. The tokenizer's own limits on lines and entries
    /// are what bound that growth, as they bound a read of the whole file.
    /// </remarks>
    public void ReadInChunks(SafeFileHandle handle, long length, string file, int chunkBytes)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (IncludeResolver.TryGetRealPath(file, out var real))
        {
            includeStack.Add(real);
        }

        ReadRange(handle, 0, length, 1, chunkBytes, file, null, tokenizer => new FileState(file, directory, tokenizer, givenOrigin, null) { SizeToPresizeFor = length });
    }

    /// <summary>
    /// Reads bytes <paramref name="from"/> to <paramref name="to"/> of a file, which start a line (line
    /// <paramref name="line"/>), through a buffer of about <paramref name="chunkBytes"/>: the whole file, or one piece of
    /// it (<see cref="TryReadInParallel(SafeFileHandle, long, string, int)"/>). The first chunk continues <paramref name="f"/>, or when it is null starts the
    /// state <paramref name="start"/> makes. Returns the state after the last chunk, or null when the read stopped short
    /// of the end (a line no buffer can hold).
    /// </summary>
    private FileState? ReadRange(SafeFileHandle handle, long from, long to, int line, int chunkBytes, string file, FileState? f, Func<ZoneTokenizer, FileState> start)
    {
        // PERF: a reader that reads several pieces in a row (TryReadInParallel) reads them all through one buffer.
        int size = (int)Math.Clamp(to - from, 1, Math.Max(1, chunkBytes));
        var buffer = chunkBuffer is { } previous && previous.Length >= size ? previous : new byte[size];
        chunkBuffer = buffer;
        long offset = from;
        int kept = 0;
        while (!limitReached)
        {
            while (kept < buffer.Length && offset < to)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int n = RandomAccess.Read(handle, buffer.AsSpan(kept, (int)Math.Min(buffer.Length - kept, to - offset)), offset);
                if (n == 0)
                {
                    to = offset; // The file shrank meanwhile: read what there is.
                    break;
                }

                kept += n;
                offset += n;
            }

            bool final = offset >= to;
            int cut = final ? kept : buffer.AsSpan(0, kept).LastIndexOf((byte)'\n') + 1;
            if (cut == 0 && !final)
            {
                // A line longer than the buffer.
                if (!TryGrow(ref buffer, kept, to - offset, chunkBytes, file, line))
                {
                    return null;
                }

                continue;
            }

            var tokenizer = new ZoneTokenizer(buffer.AsMemory(0, cut), options.MaxLineLength, options.MaxRecordLength, 0, line, fileStart: offset - kept == 0, final);
            f = f is null ? start(tokenizer) : f.ContinueWith(tokenizer);
            f.ChunkStart = offset - kept;
            ReadAll(f);
            if (final)
            {
                return f;
            }

            int next = tokenizer.IncompleteEntryStart >= 0 ? tokenizer.IncompleteEntryStart : cut;
            line = tokenizer.NextLine;
            if (next == 0)
            {
                // An entry longer than the buffer.
                if (!TryGrow(ref buffer, kept, to - offset, chunkBytes, file, line))
                {
                    return null;
                }

                continue;
            }

            buffer.AsSpan(next, kept - next).CopyTo(buffer);
            kept -= next;
        }

        return f;
    }

    /// <summary>
    /// Sizes the record list and the name table for the whole input from how many records and names its first
    /// <paramref name="readBytes"/> of <paramref name="inputBytes"/> held (a streaming read keeps no records, so it
    /// never gets here).
    /// </summary>
    /// <remarks>
    /// PERF: grown by doubling, the list and the table left 8 and 16 MB of old arrays behind at a million records, in
    /// the large-object heap, where the lint's own allocations do not reuse them: they stayed in the process's peak
    /// memory. An input's first records are a fair sample of the rest (the benchmark zone's first 13,309 put it 14%
    /// high); a guess too small costs one growth, as before, and the guess is never more than the record limit. The
    /// name table is sized the same way (<see cref="NameTable.Reserve"/>): the benchmark zones' first records guessed
    /// 840,558 names for 778,310 at 1M records and 2,562,547 for about 2.33 million at 3M.
    /// </remarks>
    private void PresizeFor(long readBytes, long inputBytes)
    {
        double scale = (double)inputBytes / readBytes;
        int capacity = (int)Math.Min(Math.Min(records.Count * scale * 1.05, options.MaxRecords), Array.MaxLength);
        records.Reserve(capacity);

        // A record names at most its owner and a few names in its data; a record limit bounds the names too. PERF: with
        // the records' 5% to spare: a table sized exactly doubles when its guess is a little short, as the second half of
        // the 1M-record benchmark zone's was (385,835 names for 384,292), on the thread the join waits for.
        names.Reserve((int)Math.Min(names.Groups * scale * 1.05, 2.0 * capacity));
    }

    /// <summary>
    /// Doubles the buffer for a line or entry that does not fit, up to what the tokenizer's limits can need; past that the
    /// rest of the file is read whole, as it was before files were read in chunks, and the tokenizer reports the line or
    /// entry as too long. Only a rest of the file too large for one array stops the read, with a ZL0005.
    /// </summary>
    private bool TryGrow(ref byte[] buffer, int kept, long remaining, int chunkBytes, string file, int line)
    {
        long size = buffer.Length * 2L;
        if (size > (long)options.MaxLineLength + options.MaxRecordLength + chunkBytes)
        {
            size = kept + remaining;
        }

        if (size > Array.MaxLength)
        {
            Report(ParserDiagnostics.Include, new SourceLocation(file, line, 1), string.Create(CultureInfo.InvariantCulture, $"'{file}' has no line end for more than {Array.MaxLength} bytes from line {line}; the rest is not read"));
            return false;
        }

        Array.Resize(ref buffer, (int)size);
        return true;
    }

    private void ReadAll(FileState f)
    {
        var entry = new Entry();
        int count = 0;
        while (!limitReached && f.Tokenizer.ReadEntry(entry))
        {
            if (++count % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (f.SizeToPresizeFor > 0 && records.Count >= PresizeSampleRecords && entry.Count > 0)
                {
                    PresizeFor(f.ChunkStart + entry[0].Start - f.PresizeFrom, f.SizeToPresizeFor);
                    f.SizeToPresizeFor = 0;
                }
            }

            ProcessEntry(f, entry);
        }

        if (f.Tokenizer.LineLimitReached && !limitReached)
        {
            Report(ParserDiagnostics.Syntax, new SourceLocation(f.File, ZoneTokenizer.MaxLine, 1), string.Create(CultureInfo.InvariantCulture, $"the file has more than {ZoneTokenizer.MaxLine} lines, the most a position can name; the rest is not read"));
            limitReached = true;
        }

        foreach (var p in f.Tokenizer.Pragmas)
        {
            if (f.Tokenizer.IncompleteEntryStart >= 0 && p.Start >= f.Tokenizer.IncompleteEntryStart)
            {
                continue; // In an entry read again with the next chunk.
            }

            string text = Encoding.UTF8.GetString(f.Tokenizer.Source.Slice(p.Start, p.Length));
            pragmas.Add(new ZonePragma(new SourceLocation(f.File, p.Line, f.Tokenizer.ColumnOf(p.LineStart, p.Start)), text));
        }
    }

    private void ProcessEntry(FileState f, Entry e)
    {
        if (e.Error is not null)
        {
            Report(ParserDiagnostics.Syntax, Location(f, e.ErrorLine, e.ErrorLineStart, e.ErrorOffset), e.Error);
            return;
        }

        ref Token first = ref e[0];
        if (!e.StartsWithBlank && !first.IsQuoted && first.Length > 0 && f.Tokenizer.Source[first.Start] == (byte)'$')
        {
            Directive(f, e);
            return;
        }

        ReadRecord(f, f.Tokenizer, e, 0, default);
    }

    private void Directive(FileState f, Entry e)
    {
        ref Token first = ref e[0];
        var name = f.Tokenizer.Source.Slice(first.Start, first.Length);
        if (Ascii.EqualsIgnoreCase(name, "$ORIGIN"u8))
        {
            Origin(f, e);
        }
        else if (Ascii.EqualsIgnoreCase(name, "$TTL"u8))
        {
            TtlDirective(f, e);
        }
        else if (Ascii.EqualsIgnoreCase(name, "$INCLUDE"u8))
        {
            Include(f, e);
        }
        else if (Ascii.EqualsIgnoreCase(name, "$GENERATE"u8))
        {
            Generate(f, e);
        }
        else
        {
            Report(ParserDiagnostics.Syntax, Location(f, first), $"unknown directive '{TextOf(f.Tokenizer, first)}': expected $ORIGIN, $TTL, $INCLUDE or $GENERATE");
        }
    }

    private void Origin(FileState f, Entry e)
    {
        if (e.Count < 2)
        {
            Report(ParserDiagnostics.Syntax, EndLocation(f, e), "$ORIGIN needs a domain name");
            return;
        }

        if (!TryName(f, f.Tokenizer, e[1], "$ORIGIN", out var origin))
        {
            return;
        }

        if (e.Count > 2)
        {
            Report(ParserDiagnostics.Syntax, Location(f, e[2]), $"unexpected '{TextOf(f.Tokenizer, e[2])}' after the $ORIGIN name");
        }

        f.Origin = origin;
        f.OriginChange = DirectivePlace(f, "$ORIGIN", e[0].Line);
        apex ??= origin;
    }

    private void TtlDirective(FileState f, Entry e)
    {
        if (e.Count < 2)
        {
            Report(ParserDiagnostics.Syntax, EndLocation(f, e), "$TTL needs a TTL value");
            return;
        }

        if (!TryTtl(f, f.Tokenizer, e[1], default, out uint ttl))
        {
            return;
        }

        if (e.Count > 2)
        {
            Report(ParserDiagnostics.Syntax, Location(f, e[2]), $"unexpected '{TextOf(f.Tokenizer, e[2])}' after the $TTL value");
        }

        defaultTtl = ttl;
        defaultTtlKnown = true;
    }

    /// <summary>Reads a TTL from <paramref name="token"/> of <paramref name="tz"/> (the file's, or a <c>$GENERATE</c> line's).</summary>
    private bool TryTtl(FileState f, ZoneTokenizer tz, in Token token, SourceLocation generated, out uint ttl)
    {
        ttl = 0;
        var text = tz.Source.Slice(token.Start, token.Length);
        if (!TtlText.TryParse(text, out ulong seconds))
        {
            Report(ParserDiagnostics.Syntax, Location(f, tz, token, generated), $"'{TextOf(tz, token)}' is not a TTL: expected seconds, or units such as 1h30m or 2d");
            return false;
        }

        if (seconds > int.MaxValue)
        {
            Report(ParserDiagnostics.Ttl, Location(f, tz, token, generated), string.Create(CultureInfo.InvariantCulture, $"TTL {seconds} is over 2147483647 (2^31-1), the largest TTL RFC 2181 §8 allows"));
            return false;
        }

        ttl = (uint)seconds;
        return true;
    }

    private bool TryName(FileState f, ZoneTokenizer tokenizer, in Token token, string what, out DomainName name, SourceLocation generated = default)
    {
        name = DomainName.Root;
        var text = tokenizer.Source.Slice(token.Start, token.Length);
        if (text.Length == 1 && text[0] == (byte)'@' && !token.IsQuoted)
        {
            if (f.Origin is null)
            {
                Report(ParserDiagnostics.BadName, Location(f, tokenizer, token, generated), $"'@' used in the {what} but no origin is known; set $ORIGIN or pass the zone's origin");
                return false;
            }

            name = f.Origin;
            return true;
        }

        if (names.TryGetRecent(text, f.Origin, out var recent))
        {
            name = recent;
            return true;
        }

        Span<byte> buffer = stackalloc byte[DomainName.MaxWireLength];
        var status = NameText.Parse(text, f.Origin, buffer, out int written);
        if (status != NameTextStatus.Ok)
        {
            Report(ParserDiagnostics.BadName, Location(f, tokenizer, token, generated), $"bad {what}: {NameText.Describe(status, TextOf(tokenizer, token))}");
            return false;
        }

        name = names.Intern(buffer[..written]);
        names.Remember(text, f.Origin, name);
        return true;
    }

    /// <summary>
    /// Reads one record from <paramref name="e"/> starting at token <paramref name="start"/>.
    /// <paramref name="generated"/> is the <c>$GENERATE</c> directive's location for generated records.
    /// Returns the error message when the record could not be read (used by <c>$GENERATE</c> to stop early).
    /// </summary>
    private bool ReadRecord(FileState f, ZoneTokenizer tz, Entry e, int start, SourceLocation generated)
    {
        int i = start;
        DomainName owner;
        Token ownerToken = e[i];
        if (!e.StartsWithBlank)
        {
            f.OwnerRead = true;
            if (!TryName(f, tz, e[i], "owner name", out owner, generated))
            {
                f.LastOwner = null;
                f.LastOwnerFailed = true;
                return false;
            }

            f.LastOwner = owner;
            f.LastOwnerFailed = false;
            f.OriginChange = null;
            i++;
        }
        else if (f.LastOwner is not null)
        {
            f.InheritedFromBefore |= !f.OwnerRead;
            owner = f.LastOwner;
            if (f.OriginChange is not null)
            {
                // BIND warns here too ("record with inherited owner"): the writer most likely meant the new origin.
                Report(ParserDiagnostics.InheritedOwnerAfterOriginChange, Location(f, tz, e[i], generated), $"this record inherits the owner '{owner}' of the record before it, right after {f.OriginChange} set the origin to '{f.Origin}'; write the owner explicitly ('@' for the origin)", owner);
                f.OriginChange = null;
            }
        }
        else
        {
            f.InheritedFromBefore |= !f.OwnerRead;
            Report(ParserDiagnostics.Syntax, Location(f, tz, e[i], generated), f.LastOwnerFailed
                ? "this record inherits the owner of the record before it, which could not be read"
                : "the first record has no owner: a line starting with white space repeats the previous owner, and there is none");
            return false;
        }

        var location = generated.IsKnown ? generated : Location(f, tz, ownerToken);
        uint ttl = 0;
        bool hasTtl = false;
        RRClass recordClass = options.Class;
        bool hasClass = false;
        for (int k = 0; k < 2 && i < e.Count; k++)
        {
            ref Token t = ref e[i];
            var text = tz.Source.Slice(t.Start, t.Length);
            if (!hasTtl && !t.IsQuoted && text.Length > 0 && text[0] is >= (byte)'0' and <= (byte)'9')
            {
                if (!TryTtl(f, tz, t, generated, out ttl))
                {
                    return false;
                }

                hasTtl = true;
                i++;
            }
            else if (!hasClass && !t.IsQuoted && TryClass(text, out var c))
            {
                if (c != options.Class)
                {
                    Report(ParserDiagnostics.UnknownTypeOrClass, Location(f, tz, t, generated), $"class {TextOf(tz, t)} does not match the zone's class {options.Class}");
                    return false;
                }

                recordClass = c;
                hasClass = true;
                i++;
            }
            else
            {
                break;
            }
        }

        if (i >= e.Count)
        {
            Report(ParserDiagnostics.Syntax, EndLocation(f, tz, e, generated), "record ends early: a type (such as A, MX or TXT) was expected");
            return false;
        }

        ref Token typeToken = ref e[i];
        if (!RRType.TryParse(tz.Source.Slice(typeToken.Start, typeToken.Length), out var type) || typeToken.IsQuoted)
        {
            Report(ParserDiagnostics.UnknownTypeOrClass, Location(f, tz, typeToken, generated), $"unknown type '{TextOf(tz, typeToken)}': expected a type mnemonic such as A, MX or TXT, or TYPEnnn (RFC 3597)");
            return false;
        }

        if (type.IsMetaType)
        {
            Report(ParserDiagnostics.UnknownTypeOrClass, Location(f, tz, typeToken, generated), $"type {type} is a meta or query type (RFC 6895 §3.1) and cannot appear in a zone");
            return false;
        }

        var typeText = tz.Source.Slice(typeToken.Start, typeToken.Length);
        bool writtenAsNumber = typeText.Length > 4 && Ascii.EqualsIgnoreCase(typeText[..4], "TYPE"u8);
        i++;
        if (type == RRType.SOA && f.Origin is null && apex is null)
        {
            // No origin given and no $ORIGIN yet: the SOA's owner is the zone's origin (ZoneParseOptions.Origin), so its
            // own RDATA and the records after it may use relative names (ldns reads such files the same way).
            f.Origin = owner;
        }

        var dataLocation = generated.IsKnown ? generated : (i < e.Count ? Location(f, tz, e[i]) : EndLocation(f, tz, e, default));
        var data = ReadData(f, tz, e, i, type, writtenAsNumber, generated);
        if (data is null)
        {
            return false;
        }

        if (!hasTtl)
        {
            if (defaultTtlKnown)
            {
                ttl = defaultTtl;
            }
            else if (lastTtlKnown)
            {
                ttl = lastTtl;
            }
            else if (data is SoaData soa)
            {
                // BIND 8 compatibility: without $TTL, the SOA MINIMUM becomes the default TTL.
                ttl = Math.Min(soa.Minimum, int.MaxValue);
                defaultTtl = ttl;
                defaultTtlKnown = true;
            }
            else
            {
                Report(ParserDiagnostics.Ttl, location, $"no TTL is known for this {type} record: give it a TTL, or put $TTL before it (RFC 2308 §4)");
                return false;
            }
        }
        else
        {
            lastTtl = ttl;
            lastTtlKnown = true;
        }

        var zoneApex = apex;
        if (zoneApex is null && type == RRType.SOA)
        {
            apex = zoneApex = owner;
        }

        if (zoneApex is not null && !owner.IsSubdomainOf(zoneApex))
        {
            Report(ParserDiagnostics.OutOfZone, location, $"owner '{owner}' is outside the zone '{zoneApex}'; the record is ignored", owner);
            return true;
        }

        if (recordCount >= options.MaxRecords)
        {
            Report(ParserDiagnostics.Syntax, location, string.Create(CultureInfo.InvariantCulture, $"the zone has more than {options.MaxRecords} records, the configured limit; the rest is not read"));
            limitReached = true;
            return false;
        }

        var record = new ResourceRecord(owner, recordClass, ttl, hasTtl, data, location, dataLocation);
        recordCount++;
        uncheckedOwners += zoneApex is null ? 1 : 0;
        if (RecordSink is { } sink)
        {
            sink(record, zoneApex ?? options.Origin);

            // Streaming keeps memory bounded: names are shared within a stretch of the file, not across all of it.
            if (names.Count > StreamingNameLimit)
            {
                names.Clear();
            }
        }
        else
        {
            records.Add(record);
        }

        return true;
    }

    private static bool TryClass(ReadOnlySpan<byte> text, out RRClass value)
    {
        // PERF: nearly every record that names a class names IN.
        if (text.Length == 2 && (text[0] | 0x20) == 'i' && (text[1] | 0x20) == 'n')
        {
            value = RRClass.IN;
            return true;
        }

        value = default;
        if (text.Length is < 2 or > 10)
        {
            return false;
        }

        Span<char> chars = stackalloc char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            chars[i] = (char)text[i];
        }

        if (chars.Equals("ANY", StringComparison.OrdinalIgnoreCase))
        {
            value = new RRClass(255);
            return true;
        }

        if (chars.Equals("NONE", StringComparison.OrdinalIgnoreCase))
        {
            value = new RRClass(254);
            return true;
        }

        return RRClass.TryParse(chars, out value);
    }

    private RecordData? ReadData(FileState f, ZoneTokenizer tz, Entry e, int i, RRType type, bool writtenAsNumber, SourceLocation generated)
    {
        bool hasCodec = RecordCodecs.TryGet(type, out var parse, out _);
        bool hasTextForm = hasCodec || (type.HasMnemonic && !writtenAsNumber);
        if (i < e.Count && !e[i].IsQuoted && tz.Source.Slice(e[i].Start, e[i].Length).SequenceEqual("\\#"u8)
            && (!hasTextForm || (i + 1 < e.Count && RdataReader.TryParseNumber(tz.Source.Slice(e[i + 1].Start, e[i + 1].Length), ulong.MaxValue, out _))))
        {
            // As in BIND, '\#' not followed by a length is ordinary text for a type that has a text form (TXT \# text).
            return ReadGeneric(f, tz, e, i, type, generated);
        }

        if (!hasCodec)
        {
            if (writtenAsNumber || !type.HasMnemonic)
            {
                var at = i < e.Count ? Location(f, tz, e[i], generated) : EndLocation(f, tz, e, generated);
                Report(ParserDiagnostics.UnknownTypeOrClass, at, $"{type} has no known text form: write its RDATA in the RFC 3597 generic form '\\# length hex'");
                return null;
            }

            return ReadUnparsed(f, tz, e, i, type, generated);
        }

        if (type == RRType.TXT && texts.Find(tz.Source, e, i) is { } known)
        {
            return known;
        }

        rdata.Reset(tz, e, i, f.Origin, type);
        var data = parse(rdata);
        if (data is null || rdata.Error is not null)
        {
            var at = rdata.ErrorIndex < e.Count ? Location(f, tz, e[rdata.ErrorIndex], generated) : EndLocation(f, tz, e, generated);
            Report(rdata.ErrorDescriptor, at, rdata.Error ?? $"invalid {type} RDATA");
            return null;
        }

        if (!rdata.AtEnd)
        {
            Report(ParserDiagnostics.Syntax, Location(f, tz, e[rdata.Index], generated), $"unexpected '{TextOf(tz, e[rdata.Index])}' after the RDATA of this {type} record");
            return null;
        }

        if (MayExceedRdataLimit(e, i))
        {
            int length = data.ToWire().Length;
            if (length > MaxRdataLength)
            {
                Report(ParserDiagnostics.InvalidRdata, Location(f, tz, e[i], generated), string.Create(CultureInfo.InvariantCulture, $"{type} RDATA is {length} octets in wire form, over {MaxRdataLength}: with a 12-octet header and at least 11 octets of owner, type, class, TTL and length, the record cannot fit in a DNS message of 65535 octets (RFC 1035 §4.2.2)"));
                return null;
            }
        }

        return data is TxtData txt ? texts.Share(txt) : data;
    }

    /// <summary>
    /// Whether the RDATA written from token <paramref name="i"/> on could be over <see cref="MaxRdataLength"/> octets in
    /// wire form. A field never takes more than its text plus 256 octets (a relative name gains at most the 255-octet
    /// origin), so ordinary records skip the real check.
    /// </summary>
    private static bool MayExceedRdataLimit(Entry e, int i)
    {
        // PERF: the real check serialises the RDATA; this bound spares almost every record that.
        long bound = 0;
        for (int k = i; k < e.Count; k++)
        {
            bound += e[k].Length + 256;
        }

        return bound > MaxRdataLength;
    }

    private UnparsedData? ReadUnparsed(FileState f, ZoneTokenizer tz, Entry e, int i, RRType type, SourceLocation generated)
    {
        if (i >= e.Count)
        {
            Report(ParserDiagnostics.InvalidRdata, EndLocation(f, tz, e, generated), $"{type} record has no RDATA");
            return null;
        }

        var sb = new StringBuilder();
        for (int k = i; k < e.Count; k++)
        {
            if (k > i)
            {
                sb.Append(' ');
            }

            ref Token t = ref e[k];
            string text = Encoding.UTF8.GetString(tz.Source.Slice(t.Start, t.Length));
            sb.Append(t.IsQuoted ? "\"" + text + "\"" : text);
        }

        return new UnparsedData(type, sb.ToString());
    }

    private RecordData? ReadGeneric(FileState f, ZoneTokenizer tz, Entry e, int i, RRType type, SourceLocation generated)
    {
        var marker = e[i];
        i++;
        if (i >= e.Count)
        {
            Report(ParserDiagnostics.UnknownTypeOrClass, EndLocation(f, tz, e, generated), "'\\#' must be followed by the RDATA length in octets (RFC 3597 §5)");
            return null;
        }

        ref Token lengthToken = ref e[i];
        if (!RdataReader.TryParseNumber(tz.Source.Slice(lengthToken.Start, lengthToken.Length), ushort.MaxValue, out ulong length))
        {
            Report(ParserDiagnostics.UnknownTypeOrClass, Location(f, tz, lengthToken, generated), $"'{TextOf(tz, lengthToken)}' is not a valid number for the RDATA length after '\\#' (0-65535)");
            return null;
        }

        if (length > MaxRdataLength)
        {
            Report(ParserDiagnostics.InvalidRdata, Location(f, tz, lengthToken, generated), string.Create(CultureInfo.InvariantCulture, $"RDATA of {length} octets is over {MaxRdataLength}: with a 12-octet header and at least 11 octets of owner, type, class, TTL and length, the record cannot fit in a DNS message of 65535 octets (RFC 1035 §4.2.2)"));
            return null;
        }

        i++;
        int total = 0;
        for (int k = i; k < e.Count; k++)
        {
            total += e[k].Length;
        }

        var hex = new byte[total];
        int w = 0;
        for (int k = i; k < e.Count; k++)
        {
            tz.Source.Slice(e[k].Start, e[k].Length).CopyTo(hex.AsSpan(w));
            w += e[k].Length;
        }

        if (!BinaryText.TryDecodeHex(hex, out var bytes))
        {
            var at = i < e.Count ? Location(f, tz, e[i], generated) : Location(f, tz, marker, generated);
            Report(ParserDiagnostics.UnknownTypeOrClass, at, "RDATA after '\\#' is not valid hexadecimal");
            return null;
        }

        if ((ulong)bytes.Length != length)
        {
            Report(ParserDiagnostics.UnknownTypeOrClass, Location(f, tz, lengthToken, generated), string.Create(CultureInfo.InvariantCulture, $"'\\#' announces {length} octets of RDATA but {bytes.Length} follow"));
            return null;
        }

        if (RecordCodecs.TryGet(type, out _, out var decode))
        {
            var reader = new WireReader(bytes);
            var data = decode(ref reader);
            if (data is null || reader.Failed || !reader.AtEnd)
            {
                string why = reader.Error ?? (reader.AtEnd ? "it does not decode" : "octets are left over after the fields");
                Report(ParserDiagnostics.InvalidRdata, Location(f, tz, marker, generated), $"RDATA in '\\#' form is not valid {type} data: {why}");
                return null;
            }

            return data;
        }

        return new UnknownData(type, ImmutableArray.Create(bytes));
    }

    private void Include(FileState f, Entry e)
    {
        // Records read from the included file would count against the including file's bytes: no guess from here on.
        f.SizeToPresizeFor = 0;
        if (e.Count < 2)
        {
            Report(ParserDiagnostics.Include, EndLocation(f, e), "$INCLUDE needs a file name");
            return;
        }

        var location = Location(f, e[1]);
        if (options.IncludeRoot is null)
        {
            Report(ParserDiagnostics.Include, location, "$INCLUDE is not allowed here: no include root was granted (set ZoneParseOptions.IncludeRoot, or --include-root on the command line)");
            return;
        }

        if (includeRootReal is null)
        {
            Report(ParserDiagnostics.Include, location, $"$INCLUDE refused: the include root '{options.IncludeRoot}' does not exist");
            return;
        }

        var pathText = f.Tokenizer.Source.Slice(e[1].Start, e[1].Length);
        Span<byte> unescaped = stackalloc byte[Math.Min(pathText.Length, 4096)];
        if (pathText.Length > 4096 || !BinaryText.TryUnescape(pathText, unescaped, out int pathLength) || pathLength == 0)
        {
            Report(ParserDiagnostics.Include, location, "$INCLUDE file name is not valid");
            return;
        }

        string path = Encoding.UTF8.GetString(unescaped[..pathLength]);
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            Report(ParserDiagnostics.Include, location, "$INCLUDE file name contains a NUL character");
            return;
        }

        var includeOrigin = f.Origin;
        if (e.Count > 2)
        {
            if (!TryName(f, f.Tokenizer, e[2], "$INCLUDE origin", out var o))
            {
                return;
            }

            includeOrigin = o;
            if (e.Count > 3)
            {
                Report(ParserDiagnostics.Syntax, Location(f, e[3]), $"unexpected '{TextOf(f.Tokenizer, e[3])}' after the $INCLUDE origin");
            }
        }

        if (includeStack.Count > options.MaxIncludeDepth)
        {
            Report(ParserDiagnostics.Include, location, string.Create(CultureInfo.InvariantCulture, $"$INCLUDE nests deeper than the limit of {options.MaxIncludeDepth}"));
            return;
        }

        if (includeCount >= options.MaxIncludes)
        {
            // SECURITY: files that each include the next ten times make ten to the power of the depth reads: sixteen
            // levels of tiny files held BIND, Knot and zonelint for ever. The first refusal says the rest are refused too.
            if (!includeLimitMet)
            {
                includeLimitMet = true;
                Report(ParserDiagnostics.Include, location, string.Create(CultureInfo.InvariantCulture, $"$INCLUDE refused: the zone has read {options.MaxIncludes:N0} included files, the limit; this and every later $INCLUDE of the zone are not read"));
            }

            return;
        }

        string baseDirectory = options.IncludeBaseDirectory ?? f.Directory ?? options.IncludeRoot;
        string full;
        try
        {
            // Combined, not normalised: '..' is applied during resolution, after the links before it are followed.
            full = Path.IsPathFullyQualified(path) ? path : Path.Combine(Path.GetFullPath(baseDirectory), path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Report(ParserDiagnostics.Include, location, $"$INCLUDE file name '{path}' is not a valid path");
            return;
        }

        string? problem = IncludeResolver.Check(full, includeRootReal, out string real);
        if (problem is not null)
        {
            Report(ParserDiagnostics.Include, location, $"$INCLUDE refused: '{path}' {problem}");
            return;
        }

        int cycleAt = includeStack.IndexOf(real);
        if (cycleAt >= 0)
        {
            string chain = string.Join(" → ", includeStack.Skip(cycleAt).Append(real).Select(Path.GetFileName));
            Report(ParserDiagnostics.Include, location, $"$INCLUDE cycle: {chain}");
            return;
        }

        // Read through the real path, and the open handle checked again: see ZoneFileReader.
        if (ZoneFileReader.TryRead(real, includeRootReal, options.MaxFileSize, cancellationToken, out byte[] content) is { } readProblem)
        {
            Report(ParserDiagnostics.Include, location, $"$INCLUDE refused: '{path}' {readProblem}");
            return;
        }

        // Locations in the included file name it as written relative to the including one.
        string shownName = f.File is null ? path : Path.Combine(Path.GetDirectoryName(f.File) ?? string.Empty, path);
        if (options.IncludeBaseDirectory is not null)
        {
            shownName = path;
        }

        f.InheritedFromBefore |= !f.OwnerRead;
        var child = new FileState(shownName, Path.GetDirectoryName(real), new ZoneTokenizer(content, options.MaxLineLength, options.MaxRecordLength), includeOrigin, f.LastOwner)
        {
            // An origin argument changes the origin for the included file; an $ORIGIN just before the $INCLUDE still counts.
            OriginChange = e.Count > 2 ? DirectivePlace(f, "$INCLUDE", e[0].Line) : f.OriginChange,
        };
        includeCount++;
        includeStack.Add(real);
        try
        {
            ReadAll(child);
        }
        finally
        {
            includeStack.RemoveAt(includeStack.Count - 1);
        }
    }

    private static string DirectivePlace(FileState f, string directive, int line) => f.File is null
        ? string.Create(CultureInfo.InvariantCulture, $"the {directive} on line {line}")
        : string.Create(CultureInfo.InvariantCulture, $"the {directive} on line {line} of {Path.GetFileName(f.File)}");

    private void Report(DiagnosticDescriptor descriptor, SourceLocation location, string message, DomainName? owner = null) =>
        diagnostics.Add(new Diagnostic(descriptor, message, location, owner));

    private static string TextOf(ZoneTokenizer tz, in Token token) => DisplayText.Of(tz.Source.Slice(token.Start, token.Length));

    private static SourceLocation Location(FileState f, in Token token) => Location(f, f.Tokenizer, token);

    private static SourceLocation Location(FileState f, ZoneTokenizer tz, in Token token, SourceLocation generated = default) =>
        generated.IsKnown ? generated : new SourceLocation(f.File, token.Line, tz.ColumnOf(token.LineStart, token.IsQuoted ? token.Start - 1 : token.Start));

    private static SourceLocation Location(FileState f, int line, int lineStart, int offset) =>
        new(f.File, line, f.Tokenizer.ColumnOf(lineStart, offset));

    private static SourceLocation EndLocation(FileState f, Entry e) => EndLocation(f, f.Tokenizer, e, default);

    /// <summary>Just after the entry's last token: where something was missing.</summary>
    private static SourceLocation EndLocation(FileState f, ZoneTokenizer tz, Entry e, SourceLocation generated)
    {
        if (generated.IsKnown)
        {
            return generated;
        }

        if (e.Count == 0)
        {
            return new SourceLocation(f.File, e.Line, 1);
        }

        ref Token last = ref e[e.Count - 1];
        int end = last.Start + last.Length + (last.IsQuoted ? 1 : 0);
        return new SourceLocation(f.File, last.Line, tz.ColumnOf(last.LineStart, end));
    }

    private sealed class FileState(string? file, string? directory, ZoneTokenizer tokenizer, DomainName? origin, DomainName? lastOwner)
    {
        public string? File { get; } = file;

        public string? Directory { get; } = directory;

        public ZoneTokenizer Tokenizer { get; } = tokenizer;

        public DomainName? Origin { get; set; } = origin;

        public DomainName? LastOwner { get; set; } = lastOwner;

        public bool LastOwnerFailed { get; set; }

        /// <summary>The top-level input's length in bytes, until the reader has sized its record list and name table for it; 0 after, and in other files.</summary>
        public long SizeToPresizeFor { get; set; }

        /// <summary>Where in the file the tokenizer's text starts (a chunk's offset; 0 when the file is read whole).</summary>
        public long ChunkStart { get; set; }

        /// <summary>Where in the file the input of <see cref="SizeToPresizeFor"/> bytes starts: a piece's start when a reader reads one piece.</summary>
        public long PresizeFrom { get; init; }

        /// <summary>What changed the origin since the last record (for ZL0009), or <see langword="null"/>.</summary>
        public string? OriginChange { get; set; }

        /// <summary>Whether a record's owner was written (read or not) in this file since it was opened, or since the piece began for a reader of one piece.</summary>
        public bool OwnerRead { get; set; }

        /// <summary>
        /// Whether the owner (or the failure to read one) from before this file was opened, or before the piece began, was
        /// used: by a record that repeats the previous owner, or an <c>$INCLUDE</c> that hands it on, before any owner was
        /// written.
        /// </summary>
        public bool InheritedFromBefore { get; set; }

        /// <summary>The same file read on from where <paramref name="next"/> starts (the next chunk, or the next piece).</summary>
        public FileState ContinueWith(ZoneTokenizer next) => new(File, Directory, next, Origin, LastOwner)
        {
            LastOwnerFailed = LastOwnerFailed,
            OwnerRead = OwnerRead,
            InheritedFromBefore = InheritedFromBefore,
            OriginChange = OriginChange,
            SizeToPresizeFor = SizeToPresizeFor,
            PresizeFrom = PresizeFrom,
        };
    }
}
