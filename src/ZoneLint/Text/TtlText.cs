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
        int seenUnits = 0;
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

            (ulong factor, int bit) = (b | 0x20) switch
            {
                'w' => (604800UL, 1),
                'd' => (86400UL, 2),
                'h' => (3600UL, 4),
                'm' => (60UL, 8),
                's' => (1UL, 16),
                _ => (0UL, 0),
            };
            if (factor == 0 || (seenUnits & bit) != 0)
            {
                return false;
            }

            seenUnits |= bit;
            unitSeen = true;
            total += number * factor;
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
