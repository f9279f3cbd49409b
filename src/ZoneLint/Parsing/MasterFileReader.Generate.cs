using System.Globalization;
using System.Text;
using ZoneLint.Model;
using ZoneLint.Text;

namespace ZoneLint.Parsing;

/// <summary>BIND's <c>$GENERATE range lhs [ttl] [class] type rhs</c>, with <c>$</c>, <c>${offset,width,base}</c> and <c>\$</c>.</summary>
internal sealed partial class MasterFileReader
{
    private void Generate(FileState f, Entry e)
    {
        var tz = f.Tokenizer;
        var directive = Location(f, e[0]);
        if (e.Count < 5)
        {
            Report(ParserDiagnostics.Generate, directive, "$GENERATE needs a range, a left-hand side, a type and a right-hand side: $GENERATE 1-10 host$ A 192.0.2.$");
            return;
        }

        if (!TryRange(tz.Source.Slice(e[1].Start, e[1].Length), out long start, out long stop, out long step))
        {
            Report(ParserDiagnostics.Generate, Location(f, e[1]), $"invalid range '{TextOf(tz, e[1])}': expected start-stop or start-stop/step with 0 ≤ start ≤ stop ≤ 2147483647 and step ≥ 1");
            return;
        }

        // The limit is on all the zone's directives together: a few lines of text must not make millions of records.
        long count = ((stop - start) / step) + 1;
        if (count > options.MaxGenerateCount)
        {
            Report(ParserDiagnostics.Generate, Location(f, e[1]), string.Create(CultureInfo.InvariantCulture, $"range '{TextOf(tz, e[1])}' would make {count} records, over the limit of {options.MaxGenerateCount}"));
            return;
        }

        if (count > options.MaxGenerateCount - generatedCount)
        {
            Report(ParserDiagnostics.Generate, Location(f, e[1]), string.Create(CultureInfo.InvariantCulture, $"range '{TextOf(tz, e[1])}' would make {count} records with the {generatedCount} the zone's $GENERATE directives made before it, over the limit of {options.MaxGenerateCount}"));
            generateLimitMet = true;
            return;
        }

        generatedCount += count;

        long last = start + ((count - 1) * step);

        // The template: lhs, then the tokens between it and the type, the type, and the rhs with its quotes removed (as BIND does).
        var templates = new List<(byte[] Text, bool Expand)>();
        for (int k = 2; k < e.Count; k++)
        {
            var text = tz.Source.Slice(e[k].Start, e[k].Length).ToArray();
            templates.Add((text, k == 2 || k == e.Count - 1 || IsRhs(tz, e, k)));
        }

        // Check every template once, at the first and the last value, so a bad modifier is one error, not one per record.
        foreach (var (text, expand) in templates)
        {
            if (!expand)
            {
                continue;
            }

            foreach (long value in (ReadOnlySpan<long>)[start, last])
            {
                string? error = Expand(text, value, null);
                if (error is not null)
                {
                    Report(ParserDiagnostics.Generate, directive, error);
                    return;
                }
            }
        }

        var buffer = new List<byte>(256);
        var entry = new Entry();
        for (long value = start; value <= stop && !limitReached; value += step)
        {
            if ((value - start) / step % CancellationStride == CancellationStride - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            buffer.Clear();
            foreach (var (text, expand) in templates)
            {
                if (buffer.Count > 0)
                {
                    buffer.Add((byte)' ');
                }

                if (expand)
                {
                    Expand(text, value, buffer);
                }
                else
                {
                    buffer.AddRange(text);
                }
            }

            var generatedTokenizer = new ZoneTokenizer(buffer.ToArray(), options.MaxLineLength, options.MaxRecordLength);
            if (!generatedTokenizer.ReadEntry(entry) || entry.Error is not null)
            {
                Report(ParserDiagnostics.Generate, directive, string.Create(CultureInfo.InvariantCulture, $"$GENERATE value {value} gives a line that cannot be read: {entry.Error ?? "it is empty"}"));
                return;
            }

            int before = diagnostics.Count;
            if (!ReadRecord(f, generatedTokenizer, entry, 0, directive))
            {
                // One bad template fails every value alike: report it once, for this value, and stop.
                if (diagnostics.Count > before)
                {
                    var d = diagnostics[^1];
                    diagnostics[^1] = new Engine.Diagnostic(d.Descriptor, string.Create(CultureInfo.InvariantCulture, $"$GENERATE value {value}: {d.Message}"), d.Location, d.Owner);
                }

                return;
            }
        }
    }

    private static bool IsRhs(ZoneTokenizer tz, Entry e, int k)
    {
        // Tokens after the type are the rhs; the type is the first token after the lhs that is not a TTL or class.
        int i = 3;
        for (int n = 0; n < 2 && i < e.Count; n++)
        {
            var text = tz.Source.Slice(e[i].Start, e[i].Length);
            if (text.Length > 0 && (text[0] is >= (byte)'0' and <= (byte)'9' || TryClass(text, out _)))
            {
                i++;
            }
        }

        return k > i;
    }

    private static bool TryRange(ReadOnlySpan<byte> text, out long start, out long stop, out long step)
    {
        start = stop = 0;
        step = 1;
        int dash = text.IndexOf((byte)'-');
        if (dash <= 0)
        {
            return false;
        }

        int slash = text.IndexOf((byte)'/');
        if (slash >= 0 && slash < dash)
        {
            return false; // "1/2-3": a step before the stop (found by the fuzzer: slicing it threw).
        }

        var stopText = slash < 0 ? text[(dash + 1)..] : text[(dash + 1)..slash];
        if (!RdataReader.TryParseNumber(text[..dash], int.MaxValue, out ulong a) || !RdataReader.TryParseNumber(stopText, int.MaxValue, out ulong b))
        {
            return false;
        }

        if (slash >= 0)
        {
            if (!RdataReader.TryParseNumber(text[(slash + 1)..], int.MaxValue, out ulong s) || s == 0)
            {
                return false;
            }

            step = (long)s;
        }

        start = (long)a;
        stop = (long)b;
        return start <= stop;
    }

    /// <summary>Expands <c>$</c> and <c>${offset,width,base}</c> for <paramref name="value"/>; with a null output it only validates.</summary>
    private static string? Expand(ReadOnlySpan<byte> text, long value, List<byte>? output)
    {
        for (int i = 0; i < text.Length; i++)
        {
            byte c = text[i];
            if (c == (byte)'\\' && i + 1 < text.Length && text[i + 1] == (byte)'$')
            {
                output?.Add((byte)'$');
                i++;
                continue;
            }

            if (c == (byte)'\\' && i + 1 < text.Length)
            {
                output?.Add(c);
                output?.Add(text[i + 1]);
                i++;
                continue;
            }

            if (c != (byte)'$')
            {
                output?.Add(c);
                continue;
            }

            long offset = 0;
            int width = 0;
            char format = 'd';
            if (i + 1 < text.Length && text[i + 1] == (byte)'{')
            {
                int close = text[(i + 2)..].IndexOf((byte)'}');
                if (close < 0)
                {
                    return "syntax error: '${' is not closed by '}'";
                }

                var modifier = Encoding.ASCII.GetString(text.Slice(i + 2, close));
                var parts = modifier.Split(',');
                if (parts.Length > 3
                    || !long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out offset)
                    || (parts.Length > 1 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out width) || width > 255))
                    || (parts.Length > 2 && (parts[2].Length != 1 || "doxXnN".IndexOf(parts[2][0], StringComparison.Ordinal) < 0)))
                {
                    return $"syntax error in modifier '${{{modifier}}}': expected ${{offset[,width[,base]]}} with base d, o, x, X, n or N";
                }

                if (parts.Length > 2)
                {
                    format = parts[2][0];
                }

                i += close + 2;
            }

            long v = value + offset;
            if (v > int.MaxValue || offset > int.MaxValue || offset < int.MinValue)
            {
                return string.Create(CultureInfo.InvariantCulture, $"out of range: {value} plus offset {offset} is over 2147483647");
            }

            if (output is not null)
            {
                Format(v, width, format, output);
            }
        }

        return null;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as BIND does: <c>d</c> signed (a negative offset can give <c>-1</c>), <c>o</c>,
    /// <c>x</c>, <c>X</c> and the nibble modes as 32-bit unsigned. Digits are zero-padded to <paramref name="width"/>.
    /// </summary>
    private static void Format(long value, int width, char format, List<byte> output)
    {
        uint bits = unchecked((uint)value);
        if (format is 'n' or 'N')
        {
            // Nibble mode: hex digits least significant first, each its own label, as in ip6.arpa names. The width
            // counts the dots too (BIND's documented rule), so an even width ends in a dot, as it does in BIND.
            string digits = format == 'n' ? "0123456789abcdef" : "0123456789ABCDEF";
            int left = width;
            do
            {
                output.Add((byte)digits[(int)(bits & 0xF)]);
                bits >>= 4;
                left = Math.Max(0, left - 1);
                if (left > 0 || bits != 0)
                {
                    output.Add((byte)'.');
                    left = Math.Max(0, left - 1);
                }
            }
            while (bits != 0 || left > 0);
            return;
        }

        string text = format switch
        {
            'o' => Convert.ToString(bits, 8),
            'x' => bits.ToString("x", CultureInfo.InvariantCulture),
            'X' => bits.ToString("X", CultureInfo.InvariantCulture),
            _ => Math.Abs(value).ToString(CultureInfo.InvariantCulture),
        };
        if (format is not ('o' or 'x' or 'X') && value < 0)
        {
            // printf("%0*d"): the sign comes first and counts in the width.
            output.Add((byte)'-');
            width--;
        }

        foreach (char ch in text.PadLeft(Math.Max(0, width), '0'))
        {
            output.Add((byte)ch);
        }
    }
}
