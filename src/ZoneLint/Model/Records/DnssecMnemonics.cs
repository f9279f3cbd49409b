using System.Globalization;
using System.Text;
using ZoneLint.Parsing;

namespace ZoneLint.Model.Records;

/// <summary>
/// The one table of DNSSEC mnemonics the RDATA parsers accept: security algorithms (IANA "DNS Security Algorithm
/// Numbers", RFC 4034 Appendix A.1, with the spellings BIND also accepts), DS digest types (IANA "Delegation Signer
/// Digest Algorithms"), key protocols (RFC 2535 §3.1.3) and the RFC 2535 §3.1.2 key flag mnemonics BIND still reads.
/// </summary>
/// <remarks>Numbers are always accepted; presentation output always uses numbers, as RFC 4034 §2.2 allows and BIND prints.</remarks>
internal static class DnssecMnemonics
{
    private static readonly (byte Value, string Name)[] Algorithms =
    [
        (0, "DELETE"), (1, "RSAMD5"), (2, "DH"), (3, "DSA"), (5, "RSASHA1"),
        (6, "DSA-NSEC3-SHA1"), (6, "NSEC3DSA"), (7, "RSASHA1-NSEC3-SHA1"), (7, "NSEC3RSASHA1"),
        (8, "RSASHA256"), (10, "RSASHA512"), (12, "ECC-GOST"), (12, "ECCGOST"), (13, "ECDSAP256SHA256"),
        (14, "ECDSAP384SHA384"), (15, "ED25519"), (16, "ED448"), (17, "SM2SM3"), (23, "ECC-GOST12"),
        (252, "INDIRECT"), (253, "PRIVATEDNS"), (254, "PRIVATEOID"),
    ];

    private static readonly (byte Value, string Name, int Length)[] DigestTypes =
    [
        (1, "SHA-1", 20), (1, "SHA1", 20), (2, "SHA-256", 32), (2, "SHA256", 32), (3, "GOST", 32),
        (4, "SHA-384", 48), (4, "SHA384", 48),
    ];

    private static readonly (byte Value, string Name)[] Protocols =
    [
        (0, "NONE"), (1, "TLS"), (2, "EMAIL"), (3, "DNSSEC"), (4, "IPSEC"), (255, "ALL"),
    ];

    // RFC 2535 §3.1.2 names, OR-ed together with '|' (BIND's master6.data uses them).
    private static readonly (ushort Value, string Name)[] KeyFlags =
    [
        (0x4000, "NOCONF"), (0x8000, "NOAUTH"), (0xC000, "NOKEY"), (0x2000, "FLAG2"), (0x1000, "EXTEND"),
        (0x0800, "FLAG4"), (0x0400, "FLAG5"), (0x0000, "USER"), (0x0100, "ZONE"), (0x0200, "HOST"),
        (0x0300, "NTYP3"), (0x0080, "FLAG8"), (0x0040, "FLAG9"), (0x0020, "FLAG10"), (0x0010, "FLAG11"),
        (0, "SIG0"), (1, "SIG1"), (2, "SIG2"), (3, "SIG3"), (4, "SIG4"), (5, "SIG5"), (6, "SIG6"), (7, "SIG7"),
        (8, "SIG8"), (9, "SIG9"), (10, "SIG10"), (11, "SIG11"), (12, "SIG12"), (13, "SIG13"), (14, "SIG14"), (15, "SIG15"),
    ];

    /// <summary>The preferred mnemonic of a security algorithm, or <see langword="null"/> when it has none.</summary>
    public static string? AlgorithmName(byte value)
    {
        foreach (var (v, name) in Algorithms)
        {
            if (v == value)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The preferred mnemonic of a DS digest type, or <see langword="null"/>.</summary>
    public static string? DigestTypeName(byte value)
    {
        foreach (var (v, name, _) in DigestTypes)
        {
            if (v == value)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The digest length in octets of a known DS digest type, or <see langword="null"/> when unknown.</summary>
    public static int? DigestLength(byte digestType)
    {
        foreach (var (v, _, length) in DigestTypes)
        {
            if (v == digestType)
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>A number from 0 to 255 or an algorithm mnemonic (any case).</summary>
    public static bool TryParseAlgorithm(ReadOnlySpan<byte> text, out byte value) => TryParseByte(text, Algorithms, out value);

    public static bool TryParseDigestType(ReadOnlySpan<byte> text, out byte value)
    {
        value = 0;
        if (RdataReader.TryParseNumber(text, byte.MaxValue, out ulong n))
        {
            value = (byte)n;
            return true;
        }

        foreach (var (v, name, _) in DigestTypes)
        {
            if (Ascii.EqualsIgnoreCase(text, name))
            {
                value = v;
                return true;
            }
        }

        return false;
    }

    public static bool TryParseProtocol(ReadOnlySpan<byte> text, out byte value) => TryParseByte(text, Protocols, out value);

    /// <summary>A number from 0 to 65535, or RFC 2535 flag mnemonics joined by <c>|</c> (as BIND accepts).</summary>
    public static bool TryParseKeyFlags(ReadOnlySpan<byte> text, out ushort value)
    {
        value = 0;
        if (RdataReader.TryParseNumber(text, ushort.MaxValue, out ulong n))
        {
            value = (ushort)n;
            return true;
        }

        if (text.IsEmpty)
        {
            return false;
        }

        int flags = 0;
        foreach (var range in text.Split((byte)'|'))
        {
            var part = text[range];
            bool found = false;
            foreach (var (v, name) in KeyFlags)
            {
                if (Ascii.EqualsIgnoreCase(part, name))
                {
                    flags |= v;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        value = (ushort)flags;
        return true;
    }

    /// <summary>Reads a security algorithm field (RFC 4034 §2.1.3, §3.1.2, §5.1.2).</summary>
    public static bool ReadAlgorithm(RdataReader r, string what, out byte value)
    {
        value = 0;
        if (!r.Next(what, out var token))
        {
            return false;
        }

        if (!TryParseAlgorithm(r.Text(token), out value))
        {
            return r.Fail($"{what} must be a number from 0 to 255 or a mnemonic such as RSASHA256, ECDSAP256SHA256 or ED25519, found '{r.TextOf(token)}'");
        }

        return true;
    }

    /// <summary>Reads a DS digest type field (RFC 4034 §5.1.3).</summary>
    public static bool ReadDigestType(RdataReader r, out byte value)
    {
        value = 0;
        if (!r.Next("digest type", out var token))
        {
            return false;
        }

        if (!TryParseDigestType(r.Text(token), out value))
        {
            return r.Fail($"digest type must be a number from 0 to 255 or a mnemonic such as SHA-256, found '{r.TextOf(token)}'");
        }

        return true;
    }

    /// <summary>Describes an algorithm for messages: <c>8 (RSASHA256)</c>.</summary>
    public static string DescribeAlgorithm(byte value) => Describe(value, AlgorithmName(value));

    /// <summary>Describes a digest type for messages: <c>2 (SHA-256)</c>.</summary>
    public static string DescribeDigestType(byte value) => Describe(value, DigestTypeName(value));

    private static string Describe(byte value, string? name) =>
        name is null ? value.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{value} ({name})");

    private static bool TryParseByte(ReadOnlySpan<byte> text, (byte Value, string Name)[] table, out byte value)
    {
        value = 0;
        if (RdataReader.TryParseNumber(text, byte.MaxValue, out ulong n))
        {
            value = (byte)n;
            return true;
        }

        foreach (var (v, name) in table)
        {
            if (Ascii.EqualsIgnoreCase(text, name))
            {
                value = v;
                return true;
            }
        }

        return false;
    }
}
