using System.Globalization;
using System.Text;

namespace ZoneLint.Model;

/// <summary>A resource record type (RFC 1035 §3.2.2 and the IANA registry); unknown numbers print as <c>TYPEnnn</c> (RFC 3597 §5).</summary>
public readonly struct RRType : IEquatable<RRType>, IComparable<RRType>
{
    private static readonly (ushort Value, string Name)[] Registry =
    [
        (1, "A"), (2, "NS"), (3, "MD"), (4, "MF"), (5, "CNAME"), (6, "SOA"), (7, "MB"), (8, "MG"), (9, "MR"), (10, "NULL"),
        (11, "WKS"), (12, "PTR"), (13, "HINFO"), (14, "MINFO"), (15, "MX"), (16, "TXT"), (17, "RP"), (18, "AFSDB"), (19, "X25"),
        (20, "ISDN"), (21, "RT"), (22, "NSAP"), (23, "NSAP-PTR"), (24, "SIG"), (25, "KEY"), (26, "PX"), (27, "GPOS"), (28, "AAAA"),
        (29, "LOC"), (30, "NXT"), (31, "EID"), (32, "NIMLOC"), (33, "SRV"), (34, "ATMA"), (35, "NAPTR"), (36, "KX"), (37, "CERT"),
        (38, "A6"), (39, "DNAME"), (40, "SINK"), (41, "OPT"), (42, "APL"), (43, "DS"), (44, "SSHFP"), (45, "IPSECKEY"), (46, "RRSIG"),
        (47, "NSEC"), (48, "DNSKEY"), (49, "DHCID"), (50, "NSEC3"), (51, "NSEC3PARAM"), (52, "TLSA"), (53, "SMIMEA"), (55, "HIP"),
        (56, "NINFO"), (57, "RKEY"), (58, "TALINK"), (59, "CDS"), (60, "CDNSKEY"), (61, "OPENPGPKEY"), (62, "CSYNC"), (63, "ZONEMD"),
        (64, "SVCB"), (65, "HTTPS"), (66, "DSYNC"), (67, "HHIT"), (68, "BRID"), (99, "SPF"), (100, "UINFO"), (101, "UID"), (102, "GID"),
        (103, "UNSPEC"), (104, "NID"), (105, "L32"), (106, "L64"), (107, "LP"), (108, "EUI48"), (109, "EUI64"), (128, "NXNAME"),
        (249, "TKEY"), (250, "TSIG"), (251, "IXFR"), (252, "AXFR"), (253, "MAILB"), (254, "MAILA"), (255, "ANY"), (256, "URI"),
        (257, "CAA"), (258, "AVC"), (259, "DOA"), (260, "AMTRELAY"), (261, "RESINFO"), (262, "WALLET"), (263, "CLA"), (264, "IPN"),
        (32768, "TA"), (32769, "DLV"),
    ];

    /// <summary>Creates a type from its number.</summary>
    public RRType(ushort value) => Value = value;

    /// <summary>The type number.</summary>
    public ushort Value { get; }

#pragma warning disable CS1591 // The mnemonics are the documentation.
    public static RRType A => new(1);
    public static RRType NS => new(2);
    public static RRType MD => new(3);
    public static RRType MF => new(4);
    public static RRType CNAME => new(5);
    public static RRType SOA => new(6);
    public static RRType MB => new(7);
    public static RRType MG => new(8);
    public static RRType MR => new(9);
    public static RRType NULL => new(10);
    public static RRType WKS => new(11);
    public static RRType PTR => new(12);
    public static RRType HINFO => new(13);
    public static RRType MINFO => new(14);
    public static RRType MX => new(15);
    public static RRType TXT => new(16);
    public static RRType RP => new(17);
    public static RRType AFSDB => new(18);
    public static RRType X25 => new(19);
    public static RRType ISDN => new(20);
    public static RRType RT => new(21);
    public static RRType NSAP => new(22);
    public static RRType NSAPPTR => new(23);
    public static RRType SIG => new(24);
    public static RRType KEY => new(25);
    public static RRType PX => new(26);
    public static RRType GPOS => new(27);
    public static RRType AAAA => new(28);
    public static RRType LOC => new(29);
    public static RRType NXT => new(30);
    public static RRType EID => new(31);
    public static RRType NIMLOC => new(32);
    public static RRType SRV => new(33);
    public static RRType ATMA => new(34);
    public static RRType NAPTR => new(35);
    public static RRType KX => new(36);
    public static RRType CERT => new(37);
    public static RRType A6 => new(38);
    public static RRType DNAME => new(39);
    public static RRType SINK => new(40);
    public static RRType APL => new(42);
    public static RRType DS => new(43);
    public static RRType SSHFP => new(44);
    public static RRType IPSECKEY => new(45);
    public static RRType RRSIG => new(46);
    public static RRType NSEC => new(47);
    public static RRType DNSKEY => new(48);
    public static RRType DHCID => new(49);
    public static RRType NSEC3 => new(50);
    public static RRType NSEC3PARAM => new(51);
    public static RRType TLSA => new(52);
    public static RRType SMIMEA => new(53);
    public static RRType HIP => new(55);
    public static RRType NINFO => new(56);
    public static RRType RKEY => new(57);
    public static RRType TALINK => new(58);
    public static RRType CDS => new(59);
    public static RRType CDNSKEY => new(60);
    public static RRType OPENPGPKEY => new(61);
    public static RRType CSYNC => new(62);
    public static RRType ZONEMD => new(63);
    public static RRType SVCB => new(64);
    public static RRType HTTPS => new(65);
    public static RRType HHIT => new(67);
    public static RRType BRID => new(68);
    public static RRType SPF => new(99);
    public static RRType NID => new(104);
    public static RRType L32 => new(105);
    public static RRType L64 => new(106);
    public static RRType LP => new(107);
    public static RRType EUI48 => new(108);
    public static RRType EUI64 => new(109);
    public static RRType MAILB => new(253);
    public static RRType MAILA => new(254);
    public static RRType URI => new(256);
    public static RRType CAA => new(257);
    public static RRType AVC => new(258);
    public static RRType DOA => new(259);
    public static RRType AMTRELAY => new(260);
    public static RRType RESINFO => new(261);
    public static RRType WALLET => new(262);
    public static RRType CLA => new(263);
    public static RRType IPN => new(264);
    public static RRType TA => new(32768);
    public static RRType DLV => new(32769);
#pragma warning restore CS1591

    /// <summary>Whether the number is a meta-type or query type (RFC 6895 §3.1) that cannot appear in a zone.</summary>
    public bool IsMetaType => Value is 0 or 41 or (>= 128 and <= 255);

    /// <summary>Whether IANA has assigned a mnemonic to this type.</summary>
    public bool HasMnemonic => Mnemonics.NameOf(Value) is not null;

    /// <summary>Parses a mnemonic (any case) or the RFC 3597 form <c>TYPEnnn</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RRType type)
    {
        if (Mnemonics.TryGetValue(text, out ushort value))
        {
            type = new RRType(value);
            return true;
        }

        if (text.Length > 4 && text[..4].Equals("TYPE", StringComparison.OrdinalIgnoreCase)
            && char.IsAsciiDigit(text[4])
            && ushort.TryParse(text[4..], NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            type = new RRType(value);
            return true;
        }

        type = default;
        return false;
    }

    /// <summary>Parses a mnemonic or <c>TYPEnnn</c> written in ASCII, as zone text holds it.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> ascii, out RRType type)
    {
        if (TryCommonType(ascii, out type))
        {
            return true;
        }

        if (ascii.Length is 0 or > 16)
        {
            return false;
        }

        Span<char> chars = stackalloc char[ascii.Length];
        for (int i = 0; i < ascii.Length; i++)
        {
            chars[i] = (char)ascii[i];
        }

        return TryParse(chars, out type);
    }

    /// <summary>The types that make up almost every zone, matched without the general table.</summary>
    private static bool TryCommonType(ReadOnlySpan<byte> text, out RRType type)
    {
        // PERF: a switch on the length and a few case-insensitive compares instead of a char copy and a table lookup.
        type = text.Length switch
        {
            1 when (text[0] | 0x20) == 'a' => RRType.A,
            2 when Ascii.EqualsIgnoreCase(text, "NS"u8) => RRType.NS,
            2 when Ascii.EqualsIgnoreCase(text, "MX"u8) => RRType.MX,
            3 when Ascii.EqualsIgnoreCase(text, "TXT"u8) => RRType.TXT,
            3 when Ascii.EqualsIgnoreCase(text, "SRV"u8) => RRType.SRV,
            3 when Ascii.EqualsIgnoreCase(text, "CAA"u8) => RRType.CAA,
            3 when Ascii.EqualsIgnoreCase(text, "SOA"u8) => RRType.SOA,
            3 when Ascii.EqualsIgnoreCase(text, "PTR"u8) => RRType.PTR,
            4 when Ascii.EqualsIgnoreCase(text, "AAAA"u8) => RRType.AAAA,
            5 when Ascii.EqualsIgnoreCase(text, "CNAME"u8) => RRType.CNAME,
            _ => default,
        };
        return type.Value != 0;
    }

    /// <summary>The mnemonic, or <c>TYPEnnn</c>.</summary>
    public override string ToString() => Mnemonics.NameOf(Value) ?? "TYPE" + Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(RRType other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RRType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value;

    /// <inheritdoc/>
    public int CompareTo(RRType other) => Value.CompareTo(other.Value);

#pragma warning disable CS1591
    public static bool operator ==(RRType left, RRType right) => left.Value == right.Value;
    public static bool operator !=(RRType left, RRType right) => left.Value != right.Value;
    public static bool operator <(RRType left, RRType right) => left.Value < right.Value;
    public static bool operator >(RRType left, RRType right) => left.Value > right.Value;
    public static bool operator <=(RRType left, RRType right) => left.Value <= right.Value;
    public static bool operator >=(RRType left, RRType right) => left.Value >= right.Value;
#pragma warning restore CS1591

    /// <summary>The registry's mnemonics by number and by name (any case).</summary>
    /// <remarks>
    /// PERF: arrays built in microseconds, in code precompiled with this assembly. The frozen dictionaries they replace
    /// (by number, and by name ignoring case with a lookup by span) took 33-51 ms to build on first use in a start-up
    /// probe, most of it compiling their generic code over this assembly's types at run time; a 3-record zone's check
    /// takes 14 ms less CPU without them.
    /// </remarks>
    private static class Mnemonics
    {
        // Every registered number but two (TA and DLV) is below this.
        private const int DirectLimit = 512;

        // A power of two, more than twice the registry's size.
        private const int BucketCount = 256;

        private static readonly string?[] ByNumber = new string?[DirectLimit];
        private static readonly short[] Buckets = new short[BucketCount];
        private static readonly short[] Next = new short[Registry.Length];

        static Mnemonics()
        {
            // Buckets and Next hold registry indexes plus one: zero ends a chain.
            for (int i = 0; i < Registry.Length; i++)
            {
                var (value, name) = Registry[i];
                if (value < DirectLimit)
                {
                    ByNumber[value] = name;
                }

                ref short bucket = ref Buckets[Hash(name) & (BucketCount - 1)];
                Next[i] = bucket;
                bucket = (short)(i + 1);
            }
        }

        public static string? NameOf(ushort value)
        {
            if (value < DirectLimit)
            {
                return ByNumber[value];
            }

            foreach (var (number, name) in Registry)
            {
                if (number == value)
                {
                    return name;
                }
            }

            return null;
        }

        public static bool TryGetValue(ReadOnlySpan<char> text, out ushort value)
        {
            for (int i = Buckets[Hash(text) & (BucketCount - 1)]; i != 0; i = Next[i - 1])
            {
                if (text.Equals(Registry[i - 1].Name, StringComparison.OrdinalIgnoreCase))
                {
                    value = Registry[i - 1].Value;
                    return true;
                }
            }

            value = 0;
            return false;
        }

        // Case-insensitive for ASCII letters, which is all the mnemonics hold; other characters only have to hash alike.
        private static int Hash(ReadOnlySpan<char> text)
        {
            int hash = text.Length;
            foreach (char c in text)
            {
                hash = (hash * 31) + (c | 0x20);
            }

            return hash;
        }
    }
}
