using System.Buffers.Text;
using System.Text;

namespace ZoneLint.Text;

/// <summary>Hex, Base64 and Base32hex as RDATA uses them (RFC 4648), read from UTF-8 and written to text.</summary>
internal static class BinaryText
{
    public static bool TryDecodeHex(ReadOnlySpan<byte> text, out byte[] bytes)
    {
        bytes = [];
        if ((text.Length & 1) != 0)
        {
            return false;
        }

        var result = new byte[text.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int hi = HexValue(text[2 * i]);
            int lo = HexValue(text[(2 * i) + 1]);
            if (hi < 0 || lo < 0)
            {
                return false;
            }

            result[i] = (byte)((hi << 4) | lo);
        }

        bytes = result;
        return true;
    }

    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    public static bool TryDecodeBase64(ReadOnlySpan<byte> text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 4 != 0)
        {
            return false;
        }

        var result = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        var status = Base64.DecodeFromUtf8(text, result, out int consumed, out int written);
        if (status != System.Buffers.OperationStatus.Done || consumed != text.Length)
        {
            return false;
        }

        bytes = written == result.Length ? result : result.AsSpan(0, written).ToArray();
        return true;
    }

    /// <summary>Base32 with the extended hex alphabet, no padding (RFC 4648 §7, as NSEC3 uses it, RFC 5155 §3.3).</summary>
    public static bool TryDecodeBase32Hex(ReadOnlySpan<byte> text, out byte[] bytes)
    {
        bytes = [];
        int bits = 0;
        int buffer = 0;
        var result = new byte[text.Length * 5 / 8];
        int w = 0;
        foreach (byte b in text)
        {
            int v = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'v' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'V' => b - 'A' + 10,
                _ => -1,
            };
            if (v < 0)
            {
                return false;
            }

            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                result[w++] = (byte)(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }

        // Leftover bits must be zero padding of the last quantum, and never a whole extra character.
        if (bits >= 5 || buffer != 0)
        {
            return false;
        }

        bytes = result;
        return true;
    }

    public static void AppendHex(StringBuilder sb, ReadOnlySpan<byte> bytes) => sb.Append(Convert.ToHexString(bytes));

    public static void AppendBase64(StringBuilder sb, ReadOnlySpan<byte> bytes) => sb.Append(Convert.ToBase64String(bytes));

    public static void AppendBase32Hex(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
        int buffer = 0;
        int bits = 0;
        foreach (byte b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                sb.Append(Alphabet[(buffer >> bits) & 31]);
            }

            buffer &= (1 << bits) - 1;
        }

        if (bits > 0)
        {
            sb.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }
    }

    /// <summary>A character-string in presentation form: quoted, with <c>"</c> and <c>\</c> escaped and non-printable octets as <c>\DDD</c>.</summary>
    public static void AppendQuoted(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        sb.Append('"');
        foreach (byte b in bytes)
        {
            if (b is (byte)'"' or (byte)'\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b < 0x20 || b >= 0x7F)
            {
                sb.Append('\\').Append((char)('0' + (b / 100))).Append((char)('0' + (b / 10 % 10))).Append((char)('0' + (b % 10)));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        sb.Append('"');
    }

    /// <summary>Unescapes <c>\X</c> and <c>\DDD</c> in a token; returns false on a bad <c>\DDD</c>.</summary>
    public static bool TryUnescape(ReadOnlySpan<byte> text, Span<byte> destination, out int written)
    {
        written = 0;
        for (int i = 0; i < text.Length; i++)
        {
            byte c = text[i];
            if (c == (byte)'\\')
            {
                if (i + 1 >= text.Length)
                {
                    return false;
                }

                byte next = text[i + 1];
                if (next is >= (byte)'0' and <= (byte)'9')
                {
                    if (i + 3 >= text.Length)
                    {
                        return false;
                    }

                    int d2 = text[i + 2] - '0', d3 = text[i + 3] - '0';
                    if (d2 is < 0 or > 9 || d3 is < 0 or > 9)
                    {
                        return false;
                    }

                    int value = ((next - '0') * 100) + (d2 * 10) + d3;
                    if (value > 255)
                    {
                        return false;
                    }

                    c = (byte)value;
                    i += 3;
                }
                else
                {
                    c = next;
                    i++;
                }
            }

            destination[written++] = c;
        }

        return true;
    }
}
