using System.Buffers;
using System.Globalization;

namespace ZoneLint.Text;

/// <summary>A comment that starts with <c>zonelint</c>: a candidate suppression pragma.</summary>
internal readonly record struct PragmaComment(int Start, int Length, int Line, int LineStart);

/// <summary>
/// Splits UTF-8 master-file text into entries (RFC 1035 §5.1): tokens separated by blanks, <c>;</c> comments,
/// quoted strings, and parentheses that join lines.
/// </summary>
/// <remarks>
/// Never throws and never reads past a limit: an over-long line or entry, an unterminated quote and
/// unbalanced parentheses become the entry's <see cref="Entry.Error"/> and tokenizing goes on at a
/// point from which the following records can still be read.
/// An unclosed <c>(</c> is only known at the end of the file; the tokenizer then reports it and scans
/// again from the line after it in recovery mode, where a line starting in column 1 ends the entry.
/// Each byte is thus scanned at most twice: when a recovery scan also runs to the end, nothing after its <c>(</c> can
/// close a parenthesis or start a record, so a later <c>(</c> is reported at once instead of scanning to the end again
/// (without that, lines of <c>(</c> cost quadratic time). A quote not closed on its line ends the entry there, unless it
/// is on a continuation line inside parentheses: then the entry runs on to its ')' (or to the end of the file, and the rescan).
/// </remarks>
internal sealed class ZoneTokenizer
{
    private readonly ReadOnlyMemory<byte> source;
    private readonly int maxLineLength;
    private readonly int maxEntryLength;
    private readonly bool final;
    private int pos;
    private int line;
    private int lineStart;
    private bool recovery;
    private int pragmaHighWater = -1;

    // In recovery mode: the offset of a '(' from which a scan ran to the end of the input unclosed; int.MaxValue if none.
    private int unclosedToEnd = int.MaxValue;

    // Column cache: the last computed column, so a long line with many tokens is counted once.
    private int columnLineStart = -1;
    private int columnOffset;
    private int columnValue;

    public ZoneTokenizer(ReadOnlyMemory<byte> source, int maxLineLength, int maxEntryLength)
        : this(source, maxLineLength, maxEntryLength, 0, 1)
    {
    }

    /// <summary>
    /// A tokenizer that starts at <paramref name="start"/>, the start of line <paramref name="line"/> of
    /// <paramref name="source"/>, and ends at the end of <paramref name="source"/>: one piece of a file read in parallel,
    /// its offsets and lines those of the whole file.
    /// </summary>
    public ZoneTokenizer(ReadOnlyMemory<byte> source, int maxLineLength, int maxEntryLength, int start, int line)
        : this(source, maxLineLength, maxEntryLength, start, line, fileStart: start == 0, final: true)
    {
    }

    /// <summary>
    /// A tokenizer over one chunk of a file read through a buffer: <paramref name="source"/> starts at a line start
    /// (<paramref name="fileStart"/> when it is the file's first byte, where a byte order mark may be) and, unless it is
    /// the <paramref name="final"/> chunk, ends after a line end. An entry still inside parentheses at the end of a chunk
    /// that is not the last is not read: <see cref="IncompleteEntryStart"/> says where it starts, for the next chunk.
    /// </summary>
    public ZoneTokenizer(ReadOnlyMemory<byte> source, int maxLineLength, int maxEntryLength, int start, int line, bool fileStart, bool final)
    {
        this.source = source;
        this.maxLineLength = maxLineLength;
        this.maxEntryLength = maxEntryLength;
        this.final = final;
        pos = start;
        lineStart = start;
        this.line = line;
        var span = source.Span;
        if (fileStart && span.Length >= start + 3 && span[start] == 0xEF && span[start + 1] == 0xBB && span[start + 2] == 0xBF)
        {
            pos = start + 3;
            lineStart = start + 3;
        }
    }

    public ReadOnlySpan<byte> Source => source.Span;

    public List<PragmaComment> Pragmas { get; } = [];

    /// <summary>
    /// Whether a <c>(</c> was found never closed. Only then can an entry run to the end of the input, so a piece of a
    /// file read without it ended between entries, where a reader of the whole file would have been too.
    /// </summary>
    public bool FoundUnclosedParenthesis { get; private set; }

    /// <summary>
    /// Where the entry starts that was still inside parentheses at the end of a chunk that is not the last, or -1: it was
    /// not read, and the next chunk starts with it.
    /// </summary>
    public int IncompleteEntryStart { get; private set; } = -1;

    /// <summary>The line at which the next chunk starts: that of <see cref="IncompleteEntryStart"/>, or the line after the last read.</summary>
    public int NextLine { get; private set; }

    /// <summary>The last line a position can name (a line number is an <see cref="int"/>).</summary>
    public const int MaxLine = int.MaxValue - 1;

    /// <summary>
    /// Whether the input went on past <see cref="MaxLine"/>: reading stopped at the first entry after it, which is not
    /// returned (only some 2 GiB of blank lines or comments get there; no real zone does).
    /// </summary>
    public bool LineLimitReached { get; private set; }

    /// <summary>The 1-based column in characters of <paramref name="offset"/> on the line starting at <paramref name="startOfLine"/>.</summary>
    public int ColumnOf(int startOfLine, int offset)
    {
        var span = source.Span;
        int from = startOfLine;
        int column = 1;
        if (columnLineStart == startOfLine && columnOffset <= offset)
        {
            from = columnOffset;
            column = columnValue;
        }

        int end = Math.Min(offset, span.Length);
        var run = from < end ? span[from..end] : [];

        // PERF: nearly every line is ASCII, a character a byte, which a vectorised check tells at once.
        if (System.Text.Ascii.IsValid(run))
        {
            column += run.Length;
        }
        else
        {
            foreach (byte b in run)
            {
                // UTF-8 continuation bytes do not start a character.
                if ((b & 0xC0) != 0x80)
                {
                    column++;
                }
            }
        }

        columnLineStart = startOfLine;
        columnOffset = offset;
        columnValue = column;
        return column;
    }

    /// <summary>Reads the next entry; returns <see langword="false"/> at the end of the input.</summary>
    public bool ReadEntry(Entry entry)
    {
        entry.Clear();
        var span = source.Span;
        while (true)
        {
            if (pos >= span.Length || LineLimitReached)
            {
                NextLine = line;
                return false;
            }

            // pos is always at the start of a line here.
            entry.StartsWithBlank = span[pos] is (byte)' ' or (byte)'\t';
            entry.Line = line;
            entry.LineStart = lineStart;
            int entryStart = pos;
            bool inParens = false;
            int parenLine = 0, parenLineStart = 0, parenOffset = 0;

            while (true)
            {
                if (pos >= span.Length)
                {
                    if (inParens && !final)
                    {
                        // The ')' may be in the next chunk: this entry is read again there, from its start.
                        IncompleteEntryStart = entryStart;
                        NextLine = entry.Line;
                        entry.Clear();
                        return false;
                    }

                    if (inParens)
                    {
                        // The rescan from the line after the '(' finds again any other error met after it, so this one replaces it.
                        entry.ReplaceError(NeverClosed, parenLine, parenLineStart, parenOffset);
                        FoundUnclosedParenthesis = true;
                        if (recovery)
                        {
                            unclosedToEnd = Math.Min(unclosedToEnd, parenOffset);
                        }

                        RestartAfter(parenLine, parenLineStart);
                    }

                    return entry.Count > 0 || entry.Error is not null;
                }

                if (pos - lineStart >= maxLineLength)
                {
                    entry.SetError(LineTooLong(), line, lineStart, lineStart);
                    SkipRestOfLine(span);
                    return true;
                }

                if (pos - entryStart >= maxEntryLength)
                {
                    entry.SetError(string.Create(CultureInfo.InvariantCulture, $"record is longer than the limit of {maxEntryLength} bytes"), entry.Line, entry.LineStart, entry.LineStart);
                    SkipRestOfLine(span);
                    return true;
                }

                byte c = span[pos];
                switch (c)
                {
                    case (byte)'\n':
                        pos++;
                        NewLine();
                        if (!inParens)
                        {
                            if (entry.Count > 0 || entry.Error is not null)
                            {
                                return true;
                            }

                            goto nextLine;
                        }

                        if (recovery && pos < span.Length && StartsRecord(span[pos]))
                        {
                            entry.SetError("'(' is not closed before the next record: a ')' was expected", parenLine, parenLineStart, parenOffset);
                            return true;
                        }

                        break;
                    case (byte)' ':
                    case (byte)'\t':
                    case (byte)'\r':
                        pos++;
                        break;
                    case (byte)';':
                        ReadComment(span);
                        break;
                    case (byte)'(':
                        if (inParens)
                        {
                            entry.SetError("'(' inside parentheses: parentheses do not nest", line, lineStart, pos);
                        }
                        else if (pos >= unclosedToEnd)
                        {
                            // Scanning on would reach the end unclosed, as the scan that set unclosedToEnd did.
                            entry.SetError(NeverClosed, line, lineStart, pos);
                            FoundUnclosedParenthesis = true;
                            SkipRestOfLine(span);
                            return true;
                        }
                        else
                        {
                            inParens = true;
                            parenLine = line;
                            parenLineStart = lineStart;
                            parenOffset = pos;
                        }

                        pos++;
                        break;
                    case (byte)')':
                        if (!inParens)
                        {
                            entry.SetError("')' without a matching '('", line, lineStart, pos);
                        }

                        inParens = false;
                        pos++;
                        break;
                    case (byte)'"':
                        if (!ReadQuoted(span, entry))
                        {
                            if (inParens && parenLine != line)
                            {
                                // Inside parentheses opened on an earlier line the entry goes on to its ')': the next
                                // line is not a new record. Should the '(' be the real problem, the end of the file
                                // reveals it and rescans.
                                break;
                            }

                            // The quote ran to the end of the line, taking any ')' on it: end the entry there.
                            SkipRestOfLine(span);
                            return true;
                        }

                        break;
                    default:
                        ReadWord(span, entry);
                        break;
                }
            }

        nextLine:
            continue;
        }
    }

    // PERF: words and quoted strings end at one of a few octets, found a vector at a time rather than an octet at a
    // time; a backslash found escapes the next octet, and the search goes on after it.
    private static readonly SearchValues<byte> WordStops = SearchValues.Create(" \t\r\n;()\"\\"u8);
    private static readonly SearchValues<byte> QuotedStops = SearchValues.Create("\"\n\\"u8);

    private const string NeverClosed = "'(' is never closed: a ')' was expected before the end of the file";

    private static bool StartsRecord(byte b) => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)';' or (byte)')');

    private string LineTooLong() => string.Create(CultureInfo.InvariantCulture, $"line is longer than the limit of {maxLineLength} bytes");

    private void NewLine()
    {
        if (line < MaxLine)
        {
            line++;
        }
        else
        {
            LineLimitReached = true;
        }

        lineStart = pos;
    }

    private void SkipRestOfLine(ReadOnlySpan<byte> span)
    {
        int nl = span[pos..].IndexOf((byte)'\n');
        if (nl < 0)
        {
            pos = span.Length;
            return;
        }

        pos += nl + 1;
        NewLine();
    }

    private void RestartAfter(int parenLine, int parenLineStart)
    {
        var span = source.Span;
        int nl = span[parenLineStart..].IndexOf((byte)'\n');
        pos = nl < 0 ? span.Length : parenLineStart + nl + 1;
        line = parenLine + 1;
        lineStart = pos;
        recovery = true;
    }

    private void ReadComment(ReadOnlySpan<byte> span)
    {
        int start = pos + 1;
        int end = span[start..].IndexOf((byte)'\n');
        end = end < 0 ? span.Length : start + end;
        int limit = Math.Min(end, lineStart + maxLineLength);
        var text = span[start..limit].TrimStart(" \t"u8);
        int offset = limit - text.Length;
        if (text.Length >= 8 && System.Text.Ascii.EqualsIgnoreCase(text[..8], "zonelint"u8) && offset > pragmaHighWater)
        {
            // A rescan after an unclosed '(' reads comments twice; each pragma is kept once.
            pragmaHighWater = offset;
            Pragmas.Add(new PragmaComment(offset, text.TrimEnd(" \t\r"u8).Length, line, lineStart));
        }

        pos = limit;
    }

    private bool ReadQuoted(ReadOnlySpan<byte> span, Entry entry)
    {
        int open = pos;
        int limit = Math.Min(span.Length, lineStart + maxLineLength);
        var flags = TokenFlags.Quoted;
        int i = NextStop(span, pos + 1, limit, QuotedStops, ref flags);
        if (i < limit && span[i] == (byte)'"')
        {
            entry.Add(new Token { Start = open + 1, Length = i - open - 1, Line = line, LineStart = lineStart, Flags = flags });
            pos = i + 1;
            return true;
        }

        if (i == lineStart + maxLineLength && i < span.Length)
        {
            entry.SetError(LineTooLong(), line, lineStart, lineStart);
        }
        else
        {
            entry.SetError("quoted string is not closed on its line: a '\"' was expected", line, lineStart, open);
        }

        pos = i;
        return false;
    }

    private void ReadWord(ReadOnlySpan<byte> span, Entry entry)
    {
        int start = pos;
        var flags = TokenFlags.None;
        int end = NextStop(span, pos, Math.Min(span.Length, lineStart + maxLineLength), WordStops, ref flags);
        entry.Add(new Token { Start = start, Length = end - start, Line = line, LineStart = lineStart, Flags = flags });
        pos = end;
    }

    /// <summary>
    /// Where the first of <paramref name="stops"/> from <paramref name="at"/> is that no backslash escapes, or
    /// <paramref name="limit"/>. A backslash escapes the octet after it unless that ends the line or is past the limit;
    /// one that escapes sets <see cref="TokenFlags.Escaped"/>.
    /// </summary>
    private static int NextStop(ReadOnlySpan<byte> span, int at, int limit, SearchValues<byte> stops, ref TokenFlags flags)
    {
        while (span[at..limit].IndexOfAny(stops) is var found and >= 0)
        {
            at += found;
            if (span[at] != (byte)'\\')
            {
                return at;
            }

            if (at + 1 < limit && span[at + 1] != (byte)'\n')
            {
                flags |= TokenFlags.Escaped;
                at += 2;
            }
            else
            {
                at++;
            }
        }

        return limit;
    }
}
