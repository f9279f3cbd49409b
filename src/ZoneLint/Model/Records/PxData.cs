using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// PX RDATA (RFC 2163 §4): 16-bit PREFERENCE (lower first), MAP822, the RFC 822 domain, then MAPX400, the X.400
/// domain written as a name (RFC 2163 §4), for mapping between RFC 822 and X.400 addresses. Neither name is compressed.
/// <see href="https://www.rfc-editor.org/rfc/rfc2163#section-4"/>
/// </summary>
public sealed class PxData : RecordData
{
    /// <summary>Creates PX RDATA.</summary>
    public PxData(ushort preference, DomainName map822, DomainName mapX400)
    {
        ArgumentNullException.ThrowIfNull(map822);
        ArgumentNullException.ThrowIfNull(mapX400);
        Preference = preference;
        Map822 = map822;
        MapX400 = mapX400;
    }

    /// <summary>The preference among PX records of the owner; lower first.</summary>
    public ushort Preference { get; }

    /// <summary>MAP822: the RFC 822 part of the mapping.</summary>
    public DomainName Map822 { get; }

    /// <summary>MAPX400: the X.400 part of the mapping, in domain name syntax.</summary>
    public DomainName MapX400 { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.PX;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadUInt16("PX preference", out ushort preference) && r.ReadName("PX RFC 822 domain (map822)", out var map822) && r.ReadName("PX X.400 domain (mapx400)", out var mapX400)
            ? new PxData(preference, map822, mapX400)
            : null;

    internal static RecordData? Read(ref WireReader r)
    {
        ushort preference = r.ReadUInt16();
        var map822 = r.ReadName();
        var mapX400 = r.ReadName();
        return r.Failed ? null : new PxData(preference, map822, mapX400);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Preference);
        writer.WriteName(Map822, form, canonicalListed: true);
        writer.WriteName(MapX400, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Preference).Append(' ').Append(Map822).Append(' ').Append(MapX400);
}
