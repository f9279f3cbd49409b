using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// ZONEMD RDATA (RFC 8976 §2.2): 32-bit SERIAL (of the SOA the digest was made for), 8-bit SCHEME (1 = SIMPLE),
/// 8-bit HASH ALGORITHM (1 = SHA-384, 2 = SHA-512), then the DIGEST. In text (RFC 8976 §2.3) the digest is
/// hexadecimal, which may be split by white space.
/// <see href="https://www.rfc-editor.org/rfc/rfc8976#section-2.2"/>
/// </summary>
/// <remarks>
/// Immutable. The digest is at least 12 octets (RFC 8976 §2.2.4); under the SIMPLE scheme a SHA-384 digest is
/// 48 octets and a SHA-512 digest 64 (they are never truncated). Under other schemes the algorithm numbers are not
/// checked: RFC 8976 Appendix A.3 itself has <c>241 1</c> with a 20-octet digest.
/// </remarks>
public sealed class ZonemdData : RecordData
{
    /// <summary>The SIMPLE scheme (RFC 8976 §2.2.2).</summary>
    public const byte SchemeSimple = 1;

    /// <summary>SHA-384 (RFC 8976 §2.2.3).</summary>
    public const byte HashSha384 = 1;

    /// <summary>SHA-512 (RFC 8976 §2.2.3).</summary>
    public const byte HashSha512 = 2;

    /// <summary>Creates ZONEMD RDATA.</summary>
    /// <exception cref="ArgumentException">The digest length does not fit the hash algorithm.</exception>
    public ZonemdData(uint serial, byte scheme, byte hashAlgorithm, ImmutableArray<byte> digest)
    {
        if (digest.IsDefault || DescribeDigestLengthError(scheme, hashAlgorithm, digest.Length) is not null)
        {
            throw new ArgumentException(DescribeDigestLengthError(scheme, hashAlgorithm, digest.IsDefault ? 0 : digest.Length), nameof(digest));
        }

        Serial = serial;
        Scheme = scheme;
        HashAlgorithm = hashAlgorithm;
        Digest = digest;
    }

    /// <summary>The SOA serial of the zone version the digest covers.</summary>
    public uint Serial { get; }

    /// <summary>The collation scheme (1 = SIMPLE; 240–254 private use).</summary>
    public byte Scheme { get; }

    /// <summary>The hash algorithm (1 = SHA-384, 2 = SHA-512; 240–254 private use).</summary>
    public byte HashAlgorithm { get; }

    /// <summary>The digest octets.</summary>
    public ImmutableArray<byte> Digest { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.ZONEMD;

    /// <summary>The digest length a hash algorithm produces: 48 for SHA-384, 64 for SHA-512, otherwise <see langword="null"/>.</summary>
    public static int? ExpectedDigestLength(byte hashAlgorithm) => hashAlgorithm switch
    {
        HashSha384 => 48,
        HashSha512 => 64,
        _ => null,
    };

    internal static string? DescribeDigestLengthError(byte scheme, byte hashAlgorithm, int length)
    {
        if (scheme == SchemeSimple && ExpectedDigestLength(hashAlgorithm) is int expected)
        {
            return expected == length
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"a {(hashAlgorithm == HashSha384 ? "SHA-384" : "SHA-512")} digest (hash algorithm {hashAlgorithm}) is {expected} octets, found {length}");
        }

        return length < 12
            ? string.Create(CultureInfo.InvariantCulture, $"the digest must be at least 12 octets (RFC 8976 §2.2.4), found {length}")
            : null;
    }

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadUInt32("serial", out uint serial)
            || !r.ReadUInt8("scheme", out byte scheme)
            || !r.ReadUInt8("hash algorithm", out byte alg))
        {
            return null;
        }

        int first = r.Index;
        if (!r.ReadRemainingHex("digest", allowEmpty: false, out var digest))
        {
            return null;
        }

        if (DescribeDigestLengthError(scheme, alg, digest.Length) is { } error)
        {
            r.Fail(first, error, ParserDiagnostics.InvalidRdata);
            return null;
        }

        // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
        return new ZonemdData(serial, scheme, alg, ImmutableCollectionsMarshal.AsImmutableArray(digest));
    }

    internal static RecordData? Read(ref WireReader r)
    {
        uint serial = r.ReadUInt32();
        byte scheme = r.ReadUInt8();
        byte alg = r.ReadUInt8();
        if (r.Failed)
        {
            return null;
        }

        var digest = r.ReadRemaining();
        if (DescribeDigestLengthError(scheme, alg, digest.Length) is { } error)
        {
            r.Fail(error);
            return null;
        }

        return new ZonemdData(serial, scheme, alg, ImmutableCollectionsMarshal.AsImmutableArray(digest));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt32(Serial);
        writer.WriteUInt8(Scheme);
        writer.WriteUInt8(HashAlgorithm);
        writer.WriteBytes(Digest.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Serial).Append(' ').Append(Scheme).Append(' ').Append(HashAlgorithm).Append(' ');
        BinaryText.AppendHex(builder, Digest.AsSpan());
    }
}
