using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// DNSKEY RDATA (RFC 4034 §2.1): 16-bit FLAGS (bit 7 Zone Key, bit 8 REVOKE, bit 15 SEP), 8-bit PROTOCOL (3),
/// 8-bit ALGORITHM, then the PUBLIC KEY.
/// <see href="https://www.rfc-editor.org/rfc/rfc4034#section-2.1"/>
/// </summary>
public sealed class DnskeyData : DnssecKeyData
{
    /// <summary>Creates DNSKEY RDATA.</summary>
    /// <exception cref="ArgumentException">The public key is empty.</exception>
    public DnskeyData(ushort flags, byte protocol, byte algorithm, ImmutableArray<byte> publicKey)
        : base(flags, protocol, algorithm, publicKey)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.DNSKEY;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort flags, out byte protocol, out byte alg, out var key) ? new DnskeyData(flags, protocol, alg, key) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort flags, out byte protocol, out byte alg, out var key) ? new DnskeyData(flags, protocol, alg, key) : null;
}
