using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RRSIG RDATA (RFC 4034 §3.1): a DNSSEC signature over one RRset, in the layout of <see cref="SignatureData"/>.
/// <see href="https://www.rfc-editor.org/rfc/rfc4034#section-3.1"/>
/// </summary>
public sealed class RrsigData : SignatureData
{
    /// <summary>Creates RRSIG RDATA; times are the 32-bit field values.</summary>
    /// <exception cref="ArgumentException">The signature is empty.</exception>
    public RrsigData(RRType typeCovered, byte algorithm, byte labels, uint originalTtl, uint expirationValue, uint inceptionValue, ushort keyTag, DomainName signerName, ImmutableArray<byte> signature)
        : base(typeCovered, algorithm, labels, originalTtl, expirationValue, inceptionValue, keyTag, signerName, signature)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.RRSIG;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, static (c, a, l, t, e, i, k, s, g) => new RrsigData(c, a, l, t, e, i, k, s, g));

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, RRType.RRSIG, static (c, a, l, t, e, i, k, s, g) => new RrsigData(c, a, l, t, e, i, k, s, g));
}
