using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SMIMEA RDATA (RFC 8162 §2): the S/MIME certificate of the user whose hashed local part is the owner's first
/// label (under <c>_smimecert</c>), in the TLSA layout: usage, selector, matching type and association data.
/// <see href="https://www.rfc-editor.org/rfc/rfc8162#section-2"/>
/// </summary>
public sealed class SmimeaData : CertificateAssociationData
{
    /// <summary>Creates SMIMEA RDATA.</summary>
    /// <exception cref="ArgumentException">The data is empty.</exception>
    public SmimeaData(byte usage, byte selector, byte matchingType, ImmutableArray<byte> data)
        : base(usage, selector, matchingType, data)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.SMIMEA;

    internal static RecordData? Parse(RdataReader r) => Parse(r, static (u, s, m, d) => new SmimeaData(u, s, m, d));

    internal static RecordData? Read(ref WireReader r) => Read(ref r, static (u, s, m, d) => new SmimeaData(u, s, m, d));
}
