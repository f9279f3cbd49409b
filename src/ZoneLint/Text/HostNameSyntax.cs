namespace ZoneLint.Text;

/// <summary>
/// Host-name syntax (RFC 952 as RFC 1123 §2.1 relaxed it) checked in one pass over a name's wire form, with no words:
/// every label letters, digits and inner hyphens, the top-level label not all digits, a leftmost <c>*</c> only when
/// wildcards are allowed. <c>Rules.HostNames</c> explains the names that fail.
/// </summary>
/// <remarks>
/// PERF: the host-name rules (ZL7002, ZL7008, ZL1007) ask about every address owner and every target of a zone; the
/// answer is worked out when the parser interns a name, while its octets are in the cache, and kept in the name
/// (<see cref="Model.DomainName.HostNameSyntax"/>). Asked of a name from elsewhere, it is worked out on first use.
/// </remarks>
internal static class HostNameSyntax
{
    /// <summary>Set once the other flags are worked out (so 0 means not yet).</summary>
    public const byte Known = 1;

    /// <summary>A host name.</summary>
    public const byte Valid = 2;

    /// <summary>A host name, or a wildcard (<c>*</c> and a host name, or <c>*</c> alone).</summary>
    public const byte ValidAsWildcard = 4;

    private const byte LetterOrDigit = 1;

    /// <summary>The flags for <paramref name="wire"/>.</summary>
    public static byte Classify(ReadOnlySpan<byte> wire)
    {
        bool valid = IsValid(wire, allowWildcard: false);
        bool validAsWildcard = wire is [1, (byte)'*', ..] ? IsValid(wire, allowWildcard: true) : valid;
        return (byte)(Known | (valid ? Valid : 0) | (validAsWildcard ? ValidAsWildcard : 0));
    }

    /// <summary>Whether <paramref name="name"/> is a host name (with <paramref name="allowWildcard"/>, or a wildcard).</summary>
    public static bool IsValid(Model.DomainName name, bool allowWildcard) => IsValid(FlagsOf(name), allowWildcard);

    /// <summary>Whether a name of <paramref name="flags"/> (<see cref="Classify"/>) is a host name (with <paramref name="allowWildcard"/>, or a wildcard).</summary>
    public static bool IsValid(byte flags, bool allowWildcard) => (flags & (allowWildcard ? ValidAsWildcard : Valid)) != 0;

    /// <summary>The flags of <paramref name="name"/>, worked out and kept in it on first use.</summary>
    public static byte FlagsOf(Model.DomainName name)
    {
        byte flags = name.HostNameSyntax;
        if (flags == 0)
        {
            // A benign race: threads that both work it out store the same byte.
            flags = Classify(name.Wire);
            name.HostNameSyntax = flags;
        }

        return flags;
    }

    /// <summary>Whether <paramref name="b"/> is an ASCII letter or digit.</summary>
    public static bool IsLetterOrDigit(byte b) => Ldh[b] == LetterOrDigit;

    /// <summary>For each octet: 1 for a letter or digit, 2 for the hyphen, 0 for anything else.</summary>
    private static ReadOnlySpan<byte> Ldh =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private static bool IsValid(ReadOnlySpan<byte> wire, bool allowWildcard)
    {
        if (wire[0] == 0)
        {
            return false;
        }

        int offset = 0;
        if (allowWildcard && wire is [1, (byte)'*', ..])
        {
            offset = 2;
        }

        bool allDigits = false;
        while (wire[offset] != 0)
        {
            int length = wire[offset];
            var label = wire.Slice(offset + 1, length);
            if (Ldh[label[0]] != LetterOrDigit || Ldh[label[^1]] != LetterOrDigit)
            {
                return false;
            }

            allDigits = true;
            foreach (byte b in label)
            {
                if (Ldh[b] == 0)
                {
                    return false;
                }

                allDigits &= char.IsAsciiDigit((char)b);
            }

            offset += length + 1;
        }

        return !allDigits;
    }
}
