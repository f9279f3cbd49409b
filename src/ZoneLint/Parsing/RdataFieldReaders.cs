using System.Globalization;
using ZoneLint.Text;

namespace ZoneLint.Parsing;

/// <summary>
/// Field readers that only some record types need (strings longer than a character-string, numbers that may be
/// written as mnemonics), kept beside <see cref="RdataReader"/> so that it stays the small common core.
/// </summary>
internal static class RdataFieldReaders
{
    /// <summary>
    /// A string that is the rest of the RDATA on the wire rather than a character-string (URI target, CAA value):
    /// one token, quoted or not (or only quoted when <paramref name="requireQuotes"/>), escapes resolved, with no
    /// 255-octet limit.
    /// </summary>
    public static bool ReadString(this RdataReader r, string what, bool requireQuotes, bool allowEmpty, out byte[] value)
    {
        value = [];
        if (!r.Next(what, out var token))
        {
            return false;
        }

        if (requireQuotes && !token.IsQuoted)
        {
            return r.Fail($"{what} must be a quoted string, found '{r.TextOf(token)}'");
        }

        var text = r.Text(token);
        if (!token.IsEscaped)
        {
            value = text.ToArray();
        }
        else
        {
            // PERF: the unescaped value is never longer than its text; small values stay on the stack.
            var buffer = text.Length <= 1024 ? stackalloc byte[text.Length] : new byte[text.Length];
            if (!BinaryText.TryUnescape(text, buffer, out int written))
            {
                return r.Fail($"{what} has a bad escape: '\\' must be followed by a character or three digits 000-255");
            }

            value = buffer[..written].ToArray();
        }

        if (value.Length == 0 && !allowEmpty)
        {
            return r.Fail($"{what} must not be empty");
        }

        return true;
    }

    /// <summary>
    /// A number up to <paramref name="max"/>, or one of the mnemonics in <paramref name="mnemonics"/> (any case),
    /// as CERT writes its certificate type and algorithm (RFC 4398 §2.2).
    /// </summary>
    public static bool ReadNumberOrMnemonic(this RdataReader r, string what, ulong max, ReadOnlySpan<(string Name, ushort Value)> mnemonics, out ulong value)
    {
        value = 0;
        if (!r.Next(what, out var token))
        {
            return false;
        }

        var text = r.Text(token);
        if (text.Length > 0 && text[0] is >= (byte)'0' and <= (byte)'9')
        {
            if (RdataReader.TryParseNumber(text, max, out value))
            {
                return true;
            }

            return r.Fail($"{what} must be a number from 0 to {max.ToString(CultureInfo.InvariantCulture)} or a mnemonic, found '{r.TextOf(token)}'");
        }

        foreach (var (name, number) in mnemonics)
        {
            if (EqualsIgnoreCase(text, name))
            {
                value = number;
                return true;
            }
        }

        return r.Fail($"{what} must be a number from 0 to {max.ToString(CultureInfo.InvariantCulture)} or one of {JoinNames(mnemonics)}, found '{r.TextOf(token)}'");
    }

    /// <summary>ASCII case-insensitive comparison of UTF-8 text with a mnemonic.</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> text, string mnemonic)
    {
        if (text.Length != mnemonic.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            int a = text[i], b = mnemonic[i];
            if (a is >= 'a' and <= 'z')
            {
                a -= 32;
            }

            if (b is >= 'a' and <= 'z')
            {
                b -= 32;
            }

            if (a != b)
            {
                return false;
            }
        }

        return true;
    }

    private static string JoinNames(ReadOnlySpan<(string Name, ushort Value)> mnemonics)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < mnemonics.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(i == mnemonics.Length - 1 ? " or " : ", ");
            }

            sb.Append(mnemonics[i].Name);
        }

        return sb.ToString();
    }
}
