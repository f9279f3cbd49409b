using System.Globalization;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Text;

namespace ZoneLint.Parsing;

/// <summary>
/// Reads the RDATA fields of one entry, token by token, for the per-type parsers in <c>Model/Records</c>.
/// The first failure is kept with the token it happened at; parsers then return <see langword="null"/>.
/// </summary>
internal sealed class RdataReader
{
    private readonly NameTable names;
    private ZoneTokenizer tokenizer = null!;
    private Entry entry = null!;
    private int index;

    public RdataReader(NameTable names) => this.names = names;

    public DomainName? Origin { get; private set; }

    public string? Error { get; private set; }

    public DiagnosticDescriptor ErrorDescriptor { get; private set; } = ParserDiagnostics.InvalidRdata;

    /// <summary>The token the error is about; the entry's count when the record ended too early.</summary>
    public int ErrorIndex { get; private set; }

    public RRType RecordType { get; private set; }

    public ReadOnlySpan<byte> Source => tokenizer.Source;

    public bool AtEnd => index >= entry.Count;

    public int Index => index;

    /// <summary>How many tokens are left.</summary>
    public int Remaining => entry.Count - index;

    public void Reset(ZoneTokenizer tokenizer, Entry entry, int start, DomainName? origin, RRType type)
    {
        this.tokenizer = tokenizer;
        this.entry = entry;
        index = start;
        Origin = origin;
        RecordType = type;
        Error = null;
        ErrorDescriptor = ParserDiagnostics.InvalidRdata;
    }

    public ref Token Peek() => ref entry[index];

    public ref Token TokenAt(int tokenIndex) => ref entry[tokenIndex];

    /// <summary>The line and column where the text of token <paramref name="tokenIndex"/> starts (after a quote).</summary>
    public (int Line, int Column) ContentPosition(int tokenIndex)
    {
        ref Token t = ref entry[tokenIndex];
        return (t.Line, tokenizer.ColumnOf(t.LineStart, t.Start));
    }

    public ReadOnlySpan<byte> Text(in Token token) => tokenizer.Source.Slice(token.Start, token.Length);

    public string TextOf(in Token token) => DisplayText.Of(Text(token));

    public bool TryNext(out Token token)
    {
        if (index < entry.Count)
        {
            token = entry[index++];
            return true;
        }

        token = default;
        return false;
    }

    public bool Fail(string message) => Fail(index - 1, message, ParserDiagnostics.InvalidRdata);

    public bool Fail(int tokenIndex, string message, DiagnosticDescriptor descriptor)
    {
        if (Error is null)
        {
            Error = message;
            ErrorIndex = Math.Max(0, tokenIndex);
            ErrorDescriptor = descriptor;
        }

        return false;
    }

    /// <summary>Reports that the record ended where <paramref name="what"/> was expected.</summary>
    public bool FailMissing(string what)
    {
        if (Error is null)
        {
            Error = $"{RecordType} record ends early: {what} was expected";
            ErrorIndex = entry.Count;
            ErrorDescriptor = ParserDiagnostics.InvalidRdata;
        }

        return false;
    }

    public bool Next(string what, out Token token) => TryNext(out token) || FailMissing(what);

    public bool ReadName(string what, out DomainName name)
    {
        name = DomainName.Root;
        if (!Next(what, out var token))
        {
            return false;
        }

        return ParseName(token, what, out name);
    }

    public bool ParseName(in Token token, string what, out DomainName name)
    {
        name = DomainName.Root;
        var text = Text(token);
        if (text.Length == 1 && text[0] == (byte)'@' && !token.IsQuoted)
        {
            if (Origin is null)
            {
                return Fail(index - 1, $"'@' used for the {what} but no origin is known", ParserDiagnostics.BadName);
            }

            name = Origin;
            return true;
        }

        if (names.TryGetRecent(text, Origin, out var recent))
        {
            name = recent;
            return true;
        }

        Span<byte> buffer = stackalloc byte[DomainName.MaxWireLength];
        var status = NameText.Parse(text, Origin, buffer, out int written);
        if (status != NameTextStatus.Ok)
        {
            return Fail(index - 1, $"bad {what}: {NameText.Describe(status, TextOf(token))}", ParserDiagnostics.BadName);
        }

        name = names.Intern(buffer[..written]);
        names.Remember(text, Origin, name);
        return true;
    }

    public bool ReadUInt8(string what, out byte value)
    {
        value = 0;
        if (!ReadNumber(what, byte.MaxValue, out ulong v))
        {
            return false;
        }

        value = (byte)v;
        return true;
    }

    public bool ReadUInt16(string what, out ushort value)
    {
        value = 0;
        if (!ReadNumber(what, ushort.MaxValue, out ulong v))
        {
            return false;
        }

        value = (ushort)v;
        return true;
    }

    public bool ReadUInt32(string what, out uint value)
    {
        value = 0;
        if (!ReadNumber(what, uint.MaxValue, out ulong v))
        {
            return false;
        }

        value = (uint)v;
        return true;
    }

    public bool ReadNumber(string what, ulong max, out ulong value)
    {
        value = 0;
        if (!Next(what, out var token))
        {
            return false;
        }

        if (!TryParseNumber(Text(token), max, out value))
        {
            return Fail($"{what} must be a number from 0 to {max.ToString(CultureInfo.InvariantCulture)}, found '{TextOf(token)}'");
        }

        return true;
    }

    public static bool TryParseNumber(ReadOnlySpan<byte> text, ulong max, out ulong value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 20)
        {
            return false;
        }

        foreach (byte b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (ulong)(b - '0');
            if (value > max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A 32-bit time value that may use TTL units (SOA timers, as BIND accepts).</summary>
    public bool ReadTimeValue(string what, out uint value)
    {
        value = 0;
        if (!Next(what, out var token))
        {
            return false;
        }

        if (!TtlText.TryParse(Text(token), out ulong seconds) || seconds > uint.MaxValue)
        {
            return Fail($"{what} must be a number of seconds (units w, d, h, m, s allowed) up to 4294967295, found '{TextOf(token)}'");
        }

        value = (uint)seconds;
        return true;
    }

    /// <summary>A character-string (RFC 1035 §3.3): quoted or not, escapes resolved, at most 255 octets.</summary>
    public bool ReadCharacterString(string what, out byte[] value)
    {
        value = [];
        return Next(what, out var token) && ParseCharacterString(token, what, out value);
    }

    public bool ParseCharacterString(in Token token, string what, out byte[] value)
    {
        value = [];
        var text = Text(token);
        if (!token.IsEscaped)
        {
            if (text.Length > 255)
            {
                return Fail($"{what} is {text.Length} octets long; a character-string holds at most 255 (split it into several quoted strings)");
            }

            value = text.ToArray();
            return true;
        }

        var buffer = text.Length <= 1024 ? stackalloc byte[text.Length] : new byte[text.Length];
        if (!BinaryText.TryUnescape(text, buffer, out int written))
        {
            return Fail($"{what} has a bad escape: '\\' must be followed by a character or three digits 000-255");
        }

        if (written > 255)
        {
            return Fail($"{what} is {written} octets long; a character-string holds at most 255 (split it into several quoted strings)");
        }

        value = buffer[..written].ToArray();
        return true;
    }

    /// <summary>The remaining tokens joined (white space inside Base64 and hex fields is allowed, RFC 4034 §2.2).</summary>
    public byte[] JoinRemaining(out int firstIndex)
    {
        firstIndex = index;
        int total = 0;
        for (int i = index; i < entry.Count; i++)
        {
            total += entry[i].Length;
        }

        var joined = new byte[total];
        int w = 0;
        while (index < entry.Count)
        {
            var t = entry[index++];
            Text(t).CopyTo(joined.AsSpan(w));
            w += t.Length;
        }

        return joined;
    }

    public bool ReadRemainingBase64(string what, bool allowEmpty, out byte[] value)
    {
        value = [];
        var joined = JoinRemaining(out int first);
        if (joined.Length == 0)
        {
            return allowEmpty || FailMissing(what);
        }

        if (joined.Length == 1 && joined[0] == (byte)'-' && allowEmpty)
        {
            return true;
        }

        if (!BinaryText.TryDecodeBase64(joined, out value))
        {
            return Fail(first, $"{what} is not valid Base64", ParserDiagnostics.InvalidRdata);
        }

        return true;
    }

    public bool ReadRemainingHex(string what, bool allowEmpty, out byte[] value)
    {
        value = [];
        var joined = JoinRemaining(out int first);
        if (joined.Length == 0)
        {
            return allowEmpty || FailMissing(what);
        }

        if (!BinaryText.TryDecodeHex(joined, out value))
        {
            return Fail(first, $"{what} is not valid hexadecimal (an even number of digits 0-9, A-F)", ParserDiagnostics.InvalidRdata);
        }

        return true;
    }
}
