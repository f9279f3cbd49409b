using System.Collections.Immutable;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NSEC RDATA (RFC 4034 §4.1): NEXT DOMAIN NAME (the next owner in canonical order, the apex for the last one),
/// then the TYPE BIT MAPS of the types present at the owner (RFC 4034 §4.1.2).
/// <see href="https://www.rfc-editor.org/rfc/rfc4034#section-4.1"/>
/// </summary>
/// <remarks>
/// Immutable; the types are sorted and distinct. The next name keeps its case in canonical form: RFC 6840 §5.1
/// takes NSEC out of the RFC 4034 §6.2 lower-casing list.
/// </remarks>
public sealed class NsecData : RecordData
{
    /// <summary>Creates NSEC RDATA.</summary>
    public NsecData(DomainName nextDomainName, IEnumerable<RRType> types)
    {
        ArgumentNullException.ThrowIfNull(nextDomainName);
        NextDomainName = nextDomainName;
        Types = TypeBitmap.Normalize(types);
    }

    private NsecData(DomainName nextDomainName, ImmutableArray<RRType> normalizedTypes)
    {
        NextDomainName = nextDomainName;
        Types = normalizedTypes;
    }

    /// <summary>The next owner name in the canonical order of the zone (RFC 4034 §4.1.1).</summary>
    public DomainName NextDomainName { get; }

    /// <summary>The types present at the owner name, sorted by number.</summary>
    public ImmutableArray<RRType> Types { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.NSEC;

    /// <summary>Whether the bit map lists <paramref name="type"/>.</summary>
    public bool HasType(RRType type) => Types.BinarySearch(type) >= 0;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadName("next domain name", out var next) && TypeBitmap.Parse(r, out var types) ? new NsecData(next, types) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var next = r.ReadName();
        if (r.Failed || !TypeBitmap.Read(ref r, out var types))
        {
            return null;
        }

        return new NsecData(next, types);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteName(NextDomainName, form, canonicalListed: false);
        TypeBitmap.Write(writer, Types);
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(NextDomainName);
        TypeBitmap.WriteText(builder, Types);
    }
}
