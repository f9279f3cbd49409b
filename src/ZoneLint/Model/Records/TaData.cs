using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// TA RDATA (type 32768, "DNSSEC Trust Authorities", registered by IANA; no RFC): the DS layout of RFC 4034 §5.1, KEY
/// TAG, ALGORITHM, DIGEST TYPE and DIGEST, naming a trust anchor for the owner.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class TaData : DelegationSignerData
{
    /// <summary>Creates TA RDATA.</summary>
    /// <exception cref="ArgumentException">The digest is empty, or its length does not fit the digest type.</exception>
    public TaData(ushort keyTag, byte algorithm, byte digestType, ImmutableArray<byte> digest)
        : base(keyTag, algorithm, digestType, digest)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.TA;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort tag, out byte alg, out byte type, out var digest) ? new TaData(tag, alg, type, digest) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort tag, out byte alg, out byte type, out var digest) ? new TaData(tag, alg, type, digest) : null;
}
