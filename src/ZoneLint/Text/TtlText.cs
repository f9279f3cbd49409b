namespace ZoneLint.Text;

/// <summary>TTL and time values as BIND reads them: plain seconds, or units <c>w d h m s</c> in any case (<c>1w2d3h4m5s</c>).</summary>
internal static class TtlText
{
    /// <summary>Parses a TTL; the result may exceed 2^31-1 so that callers can say so (RFC 2181 §8).</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out ulong seconds)
    {
        seconds = 0;
        if (text.IsEmpty || !IsDigit(text[0]))
        {
            return false;
        }

        ulong total = 0;
        ulong number = 0;
        bool inNumber = false;
        bool unitSeen = false;
        foreach (byte b in text)
        {
            if (IsDigit(b))
            {
                number = (number * 10) + (ulong)(b - '0');
                if (number > uint.MaxValue * 10UL)
                {
                    return false;
                }

                inNumber = true;
                continue;
            }

            if (!inNumber)
            {
                return false;
            }

            ulong factor = (b | 0x20) switch
            {
                'w' => 604800UL,
                'd' => 86400UL,
                'h' => 3600UL,
                'm' => 60UL,
                's' => 1UL,
                _ => 0UL,
            };
            if (factor == 0)
            {
                return false;
            }

            // BIND adds repeated units up ("1h1h" is 7200), so they are accepted here too.
            unitSeen = true;
            total += number * factor;
            if (total > uint.MaxValue * 10UL)
            {
                // Checked at each unit, so that no number of repeated units can overflow.
                return false;
            }

            number = 0;
            inNumber = false;
        }

        if (inNumber)
        {
            if (unitSeen)
            {
                return false;
            }

            total = number;
        }

        if (total > uint.MaxValue * 10UL)
        {
            return false;
        }

        seconds = total;
        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
