using System.Globalization;
using System.Text;

namespace ZoneLint.Text;

/// <summary>Zone text quoted in a diagnostic message: shortened, and with control characters made visible.</summary>
internal static class DisplayText
{
    private const int Max = 60;

    /// <summary>
    /// The first 60 octets of <paramref name="span"/> as text, with <c>…</c> when cut; control characters (a NUL
    /// in a fuzzed file, an escape sequence) appear as <c>\DDD</c> so that messages stay one printable line.
    /// </summary>
    public static string Of(ReadOnlySpan<byte> span)
    {
        string text = Encoding.UTF8.GetString(span.Length > Max ? span[..Max] : span);
        if (text.AsSpan().IndexOfAnyInRange('\0', '\x1F') >= 0 || text.Contains('\x7F', StringComparison.Ordinal))
        {
            var sb = new StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                if (c < ' ' || c == '\x7F')
                {
                    sb.Append('\\').Append(((int)c).ToString("D3", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            text = sb.ToString();
        }

        return span.Length > Max ? text + "…" : text;
    }
}
