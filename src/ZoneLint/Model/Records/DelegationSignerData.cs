using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The RDATA layout DS and CDS share (RFC 4034 §5.1): 16-bit KEY TAG, 8-bit ALGORITHM, 8-bit DIGEST TYPE, then the
/// DIGEST of the referenced DNSKEY. In text (RFC 4034 §5.3) the algorithm and digest type are numbers or mnemonics
/// and the digest is hexadecimal, which may be split by white space.
/// </summary>
/// <remarks>
/// Immutable. The digest is never empty, and for the digest types whose length is known (SHA-1 20 octets,
/// SHA-256 and GOST R 34.11-94 32, SHA-384 48) it has exactly that length: another length can never match a key.
/// </remarks>
public abstract class DelegationSignerData : RecordData
{
    private protected DelegationSignerData(ushort keyTag, byte algorithm, byte digestType, ImmutableArray<byte> digest)
    {
        if (digest.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The digest must not be empty.", nameof(digest));
        }

        if (DescribeDigestLengthError(digestType, digest.Length) is { } error)
        {
            throw new ArgumentException(error, nameof(digest));
        }

        KeyTag = keyTag;
        Algorithm = algorithm;
        DigestType = digestType;
        Digest = digest;
    }

    /// <summary>The key tag of the referenced DNSKEY (RFC 4034 Appendix B).</summary>
    public ushort KeyTag { get; }

    /// <summary>The security algorithm of the referenced DNSKEY (RFC 4034 Appendix A.1).</summary>
    public byte Algorithm { get; }

    /// <summary>The digest type (IANA "Delegation Signer Digest Algorithms": 1 SHA-1, 2 SHA-256, 4 SHA-384, …).</summary>
    public byte DigestType { get; }

    /// <summary>The digest octets.</summary>
    public ImmutableArray<byte> Digest { get; }

    /// <summary>The digest length that <paramref name="digestType"/> requires, or <see langword="null"/> when it is not known here.</summary>
    public static int? ExpectedDigestLength(byte digestType) => DnssecMnemonics.DigestLength(digestType);

    internal static string? DescribeDigestLengthError(byte digestType, int length) =>
        DnssecMnemonics.DigestLength(digestType) is int expected && expected != length
            ? string.Create(CultureInfo.InvariantCulture, $"a digest of type {DnssecMnemonics.DescribeDigestType(digestType)} is {expected} octets, found {length}")
            : null;

    private protected static bool ParseFields(RdataReader r, out ushort keyTag, out byte algorithm, out byte digestType, out ImmutableArray<byte> digest)
    {
        keyTag = 0;
        algorithm = 0;
        digestType = 0;
        digest = default;
        if (!r.ReadUInt16("key tag", out keyTag)
            || !DnssecMnemonics.ReadAlgorithm(r, "algorithm", out algorithm)
            || !DnssecMnemonics.ReadDigestType(r, out digestType))
        {
            return false;
        }

        int first = r.Index;
        if (!r.ReadRemainingHex("digest", allowEmpty: false, out var bytes))
        {
            return false;
        }

        if (DescribeDigestLengthError(digestType, bytes.Length) is { } error)
        {
            return r.Fail(first, error, ParserDiagnostics.InvalidRdata);
        }

        // PERF: freshly decoded arrays that nothing else holds are wrapped, not copied.
        digest = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return true;
    }

    private protected static bool ReadFields(ref WireReader r, out ushort keyTag, out byte algorithm, out byte digestType, out ImmutableArray<byte> digest)
    {
        keyTag = r.ReadUInt16();
        algorithm = r.ReadUInt8();
        digestType = r.ReadUInt8();
        digest = default;
        if (r.Failed)
        {
            return false;
        }

        var bytes = r.ReadRemaining();
        if (bytes.Length == 0)
        {
            return r.Fail("the digest is empty");
        }

        if (DescribeDigestLengthError(digestType, bytes.Length) is { } error)
        {
            return r.Fail(error);
        }

        digest = ImmutableCollectionsMarshal.AsImmutableArray(bytes);
        return true;
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(KeyTag);
        writer.WriteUInt8(Algorithm);
        writer.WriteUInt8(DigestType);
        writer.WriteBytes(Digest.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(KeyTag).Append(' ').Append(Algorithm).Append(' ').Append(DigestType).Append(' ');
        BinaryText.AppendHex(builder, Digest.AsSpan());
    }
}
