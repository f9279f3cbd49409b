using System.Text;
using ZoneLint.Model;

namespace ZoneLint.Text;

internal enum NameTextStatus
{
    Ok,
    Empty,
    EmptyLabel,
    LabelTooLong,
    NameTooLong,
    BadEscape,
    RelativeWithoutOrigin,
}

/// <summary>Domain names in presentation form (RFC 1035 §5.1): parsing with escapes, and formatting.</summary>
internal static class NameText
{
    /// <summary>Parses <paramref name="text"/> into uncompressed wire form in <paramref name="destination"/> (at least 255 octets).</summary>
    public static NameTextStatus Parse(ReadOnlySpan<byte> text, DomainName? origin, Span<byte> destination, out int written)
    {
        written = 0;
        if (text.IsEmpty)
        {
            return NameTextStatus.Empty;
        }

        if (text.Length == 1 && text[0] == (byte)'.')
        {
            destination[0] = 0;
            written = 1;
            return NameTextStatus.Ok;
        }

        int labelStart = 0; // index of the length octet of the current label
        int labelLength = 0;
        bool absolute = false;
        destination[0] = 0;
        int w = 1;
        for (int i = 0; i < text.Length; i++)
        {
            byte c = text[i];
            if (c == (byte)'.')
            {
                if (labelLength == 0)
                {
                    return NameTextStatus.EmptyLabel;
                }

                destination[labelStart] = (byte)labelLength;
                if (i == text.Length - 1)
                {
                    absolute = true;
                    labelStart = w;
                    labelLength = 0;
                    break;
                }

                if (w >= DomainName.MaxWireLength)
                {
                    return NameTextStatus.NameTooLong;
                }

                labelStart = w;
                destination[w++] = 0;
                labelLength = 0;
                continue;
            }

            if (c == (byte)'\\')
            {
                if (i + 1 >= text.Length)
                {
                    return NameTextStatus.BadEscape;
                }

                byte next = text[i + 1];
                if (IsDigit(next))
                {
                    if (i + 3 >= text.Length || !IsDigit(text[i + 2]) || !IsDigit(text[i + 3]))
                    {
                        return NameTextStatus.BadEscape;
                    }

                    int value = ((next - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
                    if (value > 255)
                    {
                        return NameTextStatus.BadEscape;
                    }

                    c = (byte)value;
                    i += 3;
                }
                else
                {
                    c = next;
                    i += 1;
                }
            }

            if (labelLength == DomainName.MaxLabelLength)
            {
                return NameTextStatus.LabelTooLong;
            }

            if (w >= DomainName.MaxWireLength)
            {
                return NameTextStatus.NameTooLong;
            }

            destination[w++] = c;
            labelLength++;
        }

        if (!absolute)
        {
            destination[labelStart] = (byte)labelLength;
            if (origin is null)
            {
                return NameTextStatus.RelativeWithoutOrigin;
            }

            var suffix = origin.Wire;
            if (w + suffix.Length > DomainName.MaxWireLength)
            {
                return NameTextStatus.NameTooLong;
            }

            suffix.CopyTo(destination[w..]);
            w += suffix.Length;
        }
        else
        {
            if (w + 1 > DomainName.MaxWireLength)
            {
                return NameTextStatus.NameTooLong;
            }

            destination[w++] = 0;
        }

        written = w;
        return NameTextStatus.Ok;
    }

    public static string Describe(NameTextStatus status, string text) => status switch
    {
        NameTextStatus.Empty => "a domain name was expected, found nothing",
        NameTextStatus.EmptyLabel => $"'{text}' has an empty label (two dots in a row, or a leading dot)",
        NameTextStatus.LabelTooLong => $"'{text}' has a label longer than 63 octets",
        NameTextStatus.NameTooLong => $"'{text}' is longer than 255 octets in wire form",
        NameTextStatus.BadEscape => $"'{text}' has a bad escape: '\\' must be followed by a character or by three digits 000-255",
        NameTextStatus.RelativeWithoutOrigin => $"'{text}' is relative but no origin is known; write it with a trailing dot or set $ORIGIN",
        _ => $"'{text}' is not a valid domain name",
    };

    /// <summary>1 for a label octet written as itself in presentation form: printable ASCII but the characters escaped (see <see cref="AppendLabel"/>).</summary>
    private static ReadOnlySpan<byte> Unescaped =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>Wire-form labels in presentation form, as <see cref="Format(ReadOnlySpan{byte}, StringBuilder, bool)"/> writes them.</summary>
    /// <remarks>
    /// PERF: nearly every name needs no escape, and then its text is its wire form with each length octet but the first
    /// turned into a dot: it is written straight into the string. Appended a char at a time to a builder, names were
    /// a third of the time spent writing a report of 442,000 findings (their owners and their messages' names). A loop
    /// over a table rather than <c>SearchValues</c>, whose search the runtime compiles at start-up (precompiled code does
    /// not cover it), for every run of the tool.
    /// </remarks>
    public static string Format(ReadOnlySpan<byte> wire, bool relative = false)
    {
        Span<char> chars = stackalloc char[DomainName.MaxWireLength + 1];
        var unescaped = Unescaped;
        int written = 0;
        int i = 0;
        while (i < wire.Length && wire[i] != 0)
        {
            if (written > 0)
            {
                chars[written++] = '.';
            }

            int end = i + 1 + wire[i];
            for (int j = i + 1; j < end; j++)
            {
                byte b = wire[j];
                if (unescaped[b] == 0)
                {
                    var sb = new StringBuilder(wire.Length + 8);
                    Format(wire, sb, relative);
                    return sb.ToString();
                }

                chars[written++] = (char)b;
            }

            i = end;
        }

        if (written == 0)
        {
            return ".";
        }

        if (!relative)
        {
            chars[written++] = '.';
        }

        return new string(chars[..written]);
    }

    /// <summary>Formats wire-form labels; relative forms omit the trailing dot.</summary>
    public static void Format(ReadOnlySpan<byte> wire, StringBuilder sb, bool relative = false)
    {
        if (wire.Length == 0 || wire[0] == 0)
        {
            sb.Append('.');
            return;
        }

        int i = 0;
        bool first = true;
        while (i < wire.Length && wire[i] != 0)
        {
            if (!first)
            {
                sb.Append('.');
            }

            first = false;
            int length = wire[i];
            AppendLabel(wire.Slice(i + 1, length), sb);
            i += length + 1;
        }

        if (!relative)
        {
            sb.Append('.');
        }
    }

    public static void AppendLabel(ReadOnlySpan<byte> label, StringBuilder sb)
    {
        foreach (byte b in label)
        {
            switch (b)
            {
                case (byte)'.':
                case (byte)'\\':
                case (byte)'"':
                case (byte)'(':
                case (byte)')':
                case (byte)';':
                case (byte)'@':
                case (byte)'$':
                    sb.Append('\\').Append((char)b);
                    break;
                default:
                    if (b <= 0x20 || b >= 0x7F)
                    {
                        sb.Append('\\').Append((char)('0' + (b / 100))).Append((char)('0' + (b / 10 % 10))).Append((char)('0' + (b % 10)));
                    }
                    else
                    {
                        sb.Append((char)b);
                    }

                    break;
            }
        }
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
