using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// DS RDATA (RFC 4034 §5.1): KEY TAG, ALGORITHM, DIGEST TYPE, DIGEST of a DNSKEY of the child zone, held at the
/// parent side of a delegation.
/// <see href="https://www.rfc-editor.org/rfc/rfc4034#section-5.1"/>
/// </summary>
public sealed class DsData : DelegationSignerData
{
    /// <summary>Creates DS RDATA.</summary>
    /// <exception cref="ArgumentException">The digest is empty, or its length does not fit the digest type.</exception>
    public DsData(ushort keyTag, byte algorithm, byte digestType, ImmutableArray<byte> digest)
        : base(keyTag, algorithm, digestType, digest)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.DS;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort tag, out byte alg, out byte type, out var digest) ? new DsData(tag, alg, type, digest) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort tag, out byte alg, out byte type, out var digest) ? new DsData(tag, alg, type, digest) : null;
}
