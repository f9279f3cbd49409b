using System.Collections.Immutable;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SIG RDATA (RFC 2535 §4.1; replaced by RRSIG for DNSSEC by RFC 3755, still used for SIG(0), RFC 2931), in the layout
/// of <see cref="SignatureData"/>; a type covered of 0 is a transaction signature.
/// <see href="https://www.rfc-editor.org/rfc/rfc2535#section-4.1"/>
/// </summary>
public sealed class SigData : SignatureData
{
    /// <summary>Creates SIG RDATA; times are the 32-bit field values.</summary>
    /// <exception cref="ArgumentException">The signature is empty.</exception>
    public SigData(RRType typeCovered, byte algorithm, byte labels, uint originalTtl, uint expirationValue, uint inceptionValue, ushort keyTag, DomainName signerName, ImmutableArray<byte> signature)
        : base(typeCovered, algorithm, labels, originalTtl, expirationValue, inceptionValue, keyTag, signerName, signature)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.SIG;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, static (c, a, l, t, e, i, k, s, g) => new SigData(c, a, l, t, e, i, k, s, g));

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, RRType.SIG, static (c, a, l, t, e, i, k, s, g) => new SigData(c, a, l, t, e, i, k, s, g));
}
