using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// DLV RDATA (RFC 4431 §2, historic since RFC 8749): the DS layout of RFC 4034 §5.1, KEY TAG, ALGORITHM, DIGEST TYPE
/// and DIGEST, published in a DNSSEC Lookaside Validation registry.
/// <see href="https://www.rfc-editor.org/rfc/rfc4431#section-2"/>
/// </summary>
public sealed class DlvData : DelegationSignerData
{
    /// <summary>Creates DLV RDATA.</summary>
    /// <exception cref="ArgumentException">The digest is empty, or its length does not fit the digest type.</exception>
    public DlvData(ushort keyTag, byte algorithm, byte digestType, ImmutableArray<byte> digest)
        : base(keyTag, algorithm, digestType, digest)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.DLV;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort tag, out byte alg, out byte type, out var digest) ? new DlvData(tag, alg, type, digest) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort tag, out byte alg, out byte type, out var digest) ? new DlvData(tag, alg, type, digest) : null;
}
