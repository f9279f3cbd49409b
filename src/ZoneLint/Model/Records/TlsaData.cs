using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// TLSA RDATA (RFC 6698 §2.1): the certificate or public key a TLS server at the owner name
/// (<c>_port._proto.host</c>) must present, as usage, selector, matching type and association data.
/// <see href="https://www.rfc-editor.org/rfc/rfc6698#section-2.1"/>
/// </summary>
public sealed class TlsaData : CertificateAssociationData
{
    /// <summary>Creates TLSA RDATA.</summary>
    /// <exception cref="ArgumentException">The data is empty.</exception>
    public TlsaData(byte usage, byte selector, byte matchingType, ImmutableArray<byte> data)
        : base(usage, selector, matchingType, data)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.TLSA;

    internal static RecordData? Parse(RdataReader r) => Parse(r, static (u, s, m, d) => new TlsaData(u, s, m, d));

    internal static RecordData? Read(ref WireReader r) => Read(ref r, static (u, s, m, d) => new TlsaData(u, s, m, d));
}
