using System.Runtime.CompilerServices;
using System.Text;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules;

/// <summary>
/// The text of a TXT record as the mail-authentication protocols read it, and where a part of that text was written.
/// </summary>
/// <remarks>
/// SPF (RFC 7208 §3.3) and DKIM (RFC 6376 §3.6.2.2) join the character-strings of one record without separators, and
/// DMARC, which reuses DKIM's tag-list format (RFC 7489 §6.3), is read the same way. The joined text is returned one <see cref="char"/> per octet
/// (Latin-1), so an offset in it is an octet offset: the grammars are ASCII, and an octet outside ASCII is an error
/// the parsers report where it is, whatever its encoding.
/// <para>
/// <see cref="Locate"/> maps an offset back to a line and column. A record written the way nearly every zone writes
/// these records (each string quoted and plain, the strings one space apart, on the line where the RDATA starts) keeps
/// only where its RDATA starts, and the columns follow from the texts. Any other record (strings spread over lines,
/// unquoted, adjacent or further apart, with escapes or octets outside printable ASCII) keeps each string's position
/// and, where needed, its source (<see cref="CharacterStringsData"/>), so the mapping is exact for both.
/// </para>
/// </remarks>
internal static class TxtRecordText
{
    /// <summary>The strings of <paramref name="data"/> joined, one char per octet.</summary>
    public static string Join(CharacterStringsData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Strings.Length == 1)
        {
            return Encoding.Latin1.GetString(data.Strings[0].AsSpan());
        }

        // PERF: one string, decoded in place; a DKIM key is split over two or more strings, and a copy per string and a
        // builder made each such record three times its text.
        return string.Create(data.TotalLength, data, static (chars, d) =>
        {
            foreach (var s in d.Strings)
            {
                chars = chars[Encoding.Latin1.GetChars(s.AsSpan(), chars)..];
            }
        });
    }

    /// <summary>The joined text of a TXT record, or <see langword="null"/> when the record is not TXT.</summary>
    public static string? Of(ResourceRecord record) => record.Data is TxtData txt ? Join(txt) : null;

    /// <summary>Where octet <paramref name="offset"/> of the joined text was written (see the remarks for the approximation).</summary>
    public static SourceLocation Locate(ResourceRecord record, int offset)
    {
        ResourceRecord.ThrowIfDefault(record);
        var start = record.DataLocation;

        // Records built in code, and $GENERATE output, have no RDATA position of their own.
        if (!start.IsKnown || start == record.Location || record.Data is not CharacterStringsData data)
        {
            return record.Location;
        }

        int column = start.Column;
        int remaining = Math.Max(0, offset);
        if (data.StringPositions is { } positions)
        {
            // Strings spread over lines or written with escapes: each knows where its text starts, and a string not written
            // plainly keeps its source, walked here octet by octet.
            for (int i = 0; i < data.Strings.Length; i++)
            {
                var s = data.Strings[i].AsSpan();
                if (remaining < s.Length || i == data.Strings.Length - 1)
                {
                    int octets = Math.Min(remaining, s.Length);
                    int at = positions[i].Column + (positions[i].Source is { } source ? SourceColumns(source, octets) : octets);
                    return start with { Line = positions[i].Line, Column = at };
                }

                remaining -= s.Length;
            }
        }

        if (data.Strings.Length > FewStrings)
        {
            return start with { Column = column + ColumnOfMany(data, remaining) };
        }

        for (int i = 0; i < data.Strings.Length; i++)
        {
            var s = data.Strings[i].AsSpan();
            if (i > 0)
            {
                column++; // the space before the string
            }

            column++; // the opening quote
            bool last = i == data.Strings.Length - 1;
            if (remaining < s.Length || last)
            {
                return start with { Column = column + WidthOf(s[..Math.Min(remaining, s.Length)]) };
            }

            column += WidthOf(s);
            column++; // the closing quote
            remaining -= s.Length;
        }

        return start with { Column = column };
    }

    // Records of more strings than this find the string an offset falls in by a binary search of a table kept per record.
    private const int FewStrings = 8;

    // Per record of many strings: for each string, the octets before it in the joined text and the columns from the
    // RDATA's start to its first octet. Kept while the data lives; only long records (a DKIM key, a long SPF record) have one.
    private static readonly ConditionalWeakTable<CharacterStringsData, StringStarts> Starts = new();

    /// <summary>
    /// The column of octet <paramref name="offset"/> from the RDATA's start, as the plain layout writes it.
    /// PERF: a record of 6,000 findings (unknown SPF modifiers, unknown DMARC tags) looked each up by walking its strings.
    /// </summary>
    private static int ColumnOfMany(CharacterStringsData data, int offset)
    {
        var (octets, columns) = Starts.GetValue(data, static d =>
        {
            var strings = d.Strings;
            var octetStarts = new int[strings.Length + 1];
            var columnStarts = new int[strings.Length];
            int column = 1; // the opening quote
            for (int i = 0; i < strings.Length; i++)
            {
                columnStarts[i] = column;
                octetStarts[i + 1] = octetStarts[i] + strings[i].Length;
                column += WidthOf(strings[i].AsSpan()) + 3; // the closing quote, the space and the next opening quote
            }

            return new StringStarts(octetStarts, columnStarts);
        });

        // The first string that ends after the offset, or the last.
        int low = 0, high = columns.Length - 1;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (octets[middle + 1] > offset)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        var s = data.Strings[low].AsSpan();
        return columns[low] + WidthOf(s[..Math.Min(offset - octets[low], s.Length)]);
    }

    private sealed record StringStarts(int[] Octets, int[] Columns);

    /// <summary>The columns the first <paramref name="octets"/> octets of a string take in its source text.</summary>
    private static int SourceColumns(ReadOnlySpan<byte> source, int octets)
    {
        int columns = 0;
        int i = 0;
        for (int n = 0; n < octets && i < source.Length; n++)
        {
            if (source[i] == (byte)'\\' && i + 1 < source.Length)
            {
                int length = i + 3 < source.Length && char.IsAsciiDigit((char)source[i + 1]) ? 4 : 2;
                columns += length;
                i += length;
                continue;
            }

            // One octet, one column; the continuation octets of a UTF-8 sequence take none.
            columns += (source[i] & 0xC0) == 0x80 ? 0 : 1;
            i++;
        }

        return columns;
    }

    /// <summary>
    /// Columns a string, or the start of one, takes between its quotes. PERF: a string of plain characters, as nearly all are, is its
    /// length, found by a vectorised search: the octet-by-octet sum made each finding cost the record's length, and an SPF
    /// record of 6,000 unknown modifiers, each a finding, cost the square of it (200 such records took 111 s).
    /// </summary>
    private static int WidthOf(ReadOnlySpan<byte> s)
    {
        if (s.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0 && s.IndexOfAny((byte)'"', (byte)'\\') < 0)
        {
            return s.Length;
        }

        int width = 0;
        foreach (byte b in s)
        {
            width += Width(b);
        }

        return width;
    }

    /// <summary>Columns an octet takes in a quoted string: 2 for <c>\"</c> and <c>\\</c>, 4 for <c>\DDD</c>, 0 for UTF-8 continuation octets.</summary>
    private static int Width(byte b) => b switch
    {
        (byte)'"' or (byte)'\\' => 2,
        < 0x20 or 0x7F => 4,
        >= 0x80 and < 0xC0 => 0,
        _ => 1,
    };
}
