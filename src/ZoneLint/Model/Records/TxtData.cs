using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>RDATA that is one or more character-strings (RFC 1035 §3.3.14): TXT and SPF.</summary>
public abstract class CharacterStringsData : RecordData
{
    private protected CharacterStringsData(ImmutableArray<ImmutableArray<byte>> strings)
    {
        if (strings.IsDefaultOrEmpty)
        {
            throw new ArgumentException("At least one character-string is required.", nameof(strings));
        }

        foreach (var s in strings)
        {
            if (s.Length > 255)
            {
                throw new ArgumentException("A character-string holds at most 255 octets.", nameof(strings));
            }
        }

        Strings = strings;
    }

    /// <summary>The character-strings as octets, in order.</summary>
    public ImmutableArray<ImmutableArray<byte>> Strings { get; }

    /// <summary>The strings concatenated without separators (RFC 7208 §3.3), decoded as UTF-8.</summary>
    public string JoinedText
    {
        get
        {
            if (Strings.Length == 1)
            {
                return Encoding.UTF8.GetString(Strings[0].AsSpan());
            }

            var bytes = new List<byte>();
            foreach (var s in Strings)
            {
                bytes.AddRange(s);
            }

            return Encoding.UTF8.GetString([.. bytes]);
        }
    }

    /// <summary>The total length of the strings' octets.</summary>
    public int TotalLength
    {
        get
        {
            int n = 0;
            foreach (var s in Strings)
            {
                n += s.Length;
            }

            return n;
        }
    }

    internal static ImmutableArray<ImmutableArray<byte>> FromText(IEnumerable<string> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return [.. strings.Select(s => ImmutableArray.Create(Encoding.UTF8.GetBytes(s)))];
    }

    /// <summary>
    /// Where each string's text starts, and — for a string not written plainly (escapes, octets outside printable
    /// ASCII) — its source text, for records whose strings are spread over lines or written otherwise;
    /// <see langword="null"/> for plain strings on one line, where a string's place follows from the texts. Rules use it
    /// to point inside a string (an SPF term, a DKIM tag).
    /// </summary>
    internal (int Line, int Column, byte[]? Source)[]? StringPositions { get; private set; }

    internal static bool ParseStrings(RdataReader r, out ImmutableArray<ImmutableArray<byte>> strings, out (int Line, int Column, byte[]? Source)[]? positions)
    {
        strings = default;
        positions = null;
        int count = r.Remaining;
        if (count == 0)
        {
            return r.FailMissing("at least one character-string");
        }

        // PERF: one array of the right size, and each string's octets wrapped rather than copied.
        int first = r.Index;
        int firstLine = r.Peek().Line;
        bool simple = true;
        int previousEnd = 0;
        var array = new ImmutableArray<byte>[count];
        for (int i = 0; i < count; i++)
        {
            r.TryNext(out var token);
            if (!r.ParseCharacterString(token, "text string", out var value))
            {
                return false;
            }

            simple &= KeepsPlainLayout(token, r.Text(token), firstLine, i == 0 ? -1 : previousEnd);
            previousEnd = token.Start + token.Length;
            array[i] = ImmutableCollectionsMarshal.AsImmutableArray(value);
        }

        if (!simple)
        {
            // PERF: only the rare record spread over lines, or written with escapes, pays for positions.
            positions = new (int, int, byte[]?)[count];
            for (int i = 0; i < count; i++)
            {
                var (line, column) = r.ContentPosition(first + i);
                ref Token token = ref r.TokenAt(first + i);
                positions[i] = (line, column, IsPlain(token, r.Text(token)) ? null : r.Text(token).ToArray());
            }
        }

        strings = ImmutableCollectionsMarshal.AsImmutableArray(array);
        return true;
    }

    /// <summary>
    /// Whether a string's token keeps to the layout <see cref="Rules.TxtRecordText"/> locates without positions: quoted
    /// and plain, on the first string's line, one space after the string before it (which ended at
    /// <paramref name="previousEnd"/>; -1 for the first string).
    /// </summary>
    internal static bool KeepsPlainLayout(in Token token, ReadOnlySpan<byte> text, int firstLine, int previousEnd) =>
        token.Line == firstLine && token.IsQuoted && (previousEnd < 0 || token.Start == previousEnd + 3) && IsPlain(token, text);

    private static bool IsPlain(in Token token, ReadOnlySpan<byte> text)
    {
        // PERF: vectorised; byte by byte, the check of every TXT string (DKIM keys of some 400 octets a string) was 1.2%
        // of the 1M-record zone's samples.
        return !token.IsEscaped && text.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0;
    }

    internal T WithPositions<T>((int Line, int Column, byte[]? Source)[]? positions)
        where T : CharacterStringsData
    {
        StringPositions = positions;
        return (T)this;
    }

    internal static bool ReadStrings(ref WireReader r, out ImmutableArray<ImmutableArray<byte>> strings)
    {
        var builder = ImmutableArray.CreateBuilder<ImmutableArray<byte>>();
        do
        {
            builder.Add(ImmutableArray.Create(r.ReadCharacterString()));
        }
        while (!r.AtEnd && !r.Failed);

        strings = builder.ToImmutable();
        return !r.Failed;
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        foreach (var s in Strings)
        {
            writer.WriteCharacterString(s.AsSpan());
        }
    }

    internal override void WriteText(StringBuilder builder)
    {
        for (int i = 0; i < Strings.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            BinaryText.AppendQuoted(builder, Strings[i].AsSpan());
        }
    }
}

/// <summary>
/// TXT RDATA (RFC 1035 §3.3.14): one or more character-strings of up to 255 octets each.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.14"/>
/// </summary>
public sealed class TxtData : CharacterStringsData
{
    /// <summary>Creates TXT RDATA from octet strings.</summary>
    public TxtData(ImmutableArray<ImmutableArray<byte>> strings)
        : base(strings)
    {
    }

    /// <summary>Creates TXT RDATA from text, each string encoded as UTF-8.</summary>
    public TxtData(params string[] strings)
        : base(FromText(strings))
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.TXT;

    internal static RecordData? Parse(RdataReader r) => ParseStrings(r, out var s, out var p) ? new TxtData(s).WithPositions<TxtData>(p) : null;

    internal static RecordData? Read(ref WireReader r) => ReadStrings(ref r, out var s) ? new TxtData(s) : null;
}

/// <summary>
/// SPF RDATA (type 99, RFC 4408; deprecated by RFC 7208 §3.1): the same layout as TXT.
/// <see href="https://www.rfc-editor.org/rfc/rfc7208#section-3.1"/>
/// </summary>
public sealed class SpfData : CharacterStringsData
{
    /// <summary>Creates SPF RDATA from octet strings.</summary>
    public SpfData(ImmutableArray<ImmutableArray<byte>> strings)
        : base(strings)
    {
    }

    /// <summary>Creates SPF RDATA from text.</summary>
    public SpfData(params string[] strings)
        : base(FromText(strings))
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.SPF;

    internal static RecordData? Parse(RdataReader r) => ParseStrings(r, out var s, out var p) ? new SpfData(s).WithPositions<SpfData>(p) : null;

    internal static RecordData? Read(ref WireReader r) => ReadStrings(ref r, out var s) ? new SpfData(s) : null;
}
