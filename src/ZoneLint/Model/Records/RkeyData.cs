using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RKEY RDATA (type 57, draft-reid-dnsext-rkey; registered by IANA): the DNSKEY layout of RFC 4034 §2.1, 16-bit FLAGS,
/// 8-bit PROTOCOL, 8-bit ALGORITHM, then the PUBLIC KEY, a key for encrypting NAPTR records.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class RkeyData : DnssecKeyData
{
    /// <summary>Creates RKEY RDATA.</summary>
    /// <exception cref="ArgumentException">The public key is empty.</exception>
    public RkeyData(ushort flags, byte protocol, byte algorithm, ImmutableArray<byte> publicKey)
        : base(flags, protocol, algorithm, publicKey)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.RKEY;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort flags, out byte protocol, out byte alg, out var key) ? new RkeyData(flags, protocol, alg, key) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort flags, out byte protocol, out byte alg, out var key) ? new RkeyData(flags, protocol, alg, key) : null;
}
