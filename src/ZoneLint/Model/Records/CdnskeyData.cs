using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// CDNSKEY RDATA (RFC 7344 §3.2): the DNSKEY layout (RFC 4034 §2.1), published by the child for the parent to
/// derive DS records from. <c>0 3 0 AA==</c> asks the parent to remove its DS records (RFC 8078 §4).
/// <see href="https://www.rfc-editor.org/rfc/rfc7344#section-3.2"/>
/// </summary>
public sealed class CdnskeyData : DnssecKeyData
{
    /// <summary>Creates CDNSKEY RDATA.</summary>
    /// <exception cref="ArgumentException">The public key is empty.</exception>
    public CdnskeyData(ushort flags, byte protocol, byte algorithm, ImmutableArray<byte> publicKey)
        : base(flags, protocol, algorithm, publicKey)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.CDNSKEY;

    /// <summary>Whether this is the delete form <c>0 3 0 AA==</c> (RFC 8078 §4).</summary>
    public bool IsDeleteRequest => Flags == 0 && Protocol == 3 && Algorithm == 0 && PublicKey.Length == 1 && PublicKey[0] == 0;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort flags, out byte protocol, out byte alg, out var key) ? new CdnskeyData(flags, protocol, alg, key) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort flags, out byte protocol, out byte alg, out var key) ? new CdnskeyData(flags, protocol, alg, key) : null;
}
