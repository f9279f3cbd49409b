using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// CDS RDATA (RFC 7344 §3.1): the DS layout (RFC 4034 §5.1), published by the child for the parent to copy.
/// <c>0 0 0 00</c> asks the parent to remove its DS records (RFC 8078 §4).
/// <see href="https://www.rfc-editor.org/rfc/rfc7344#section-3.1"/>
/// </summary>
public sealed class CdsData : DelegationSignerData
{
    /// <summary>Creates CDS RDATA.</summary>
    /// <exception cref="ArgumentException">The digest is empty, or its length does not fit the digest type.</exception>
    public CdsData(ushort keyTag, byte algorithm, byte digestType, ImmutableArray<byte> digest)
        : base(keyTag, algorithm, digestType, digest)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.CDS;

    /// <summary>Whether this is the delete form <c>0 0 0 00</c> (RFC 8078 §4).</summary>
    public bool IsDeleteRequest => KeyTag == 0 && Algorithm == 0 && DigestType == 0 && Digest.Length == 1 && Digest[0] == 0;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort tag, out byte alg, out byte type, out var digest) ? new CdsData(tag, alg, type, digest) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort tag, out byte alg, out byte type, out var digest) ? new CdsData(tag, alg, type, digest) : null;
}
