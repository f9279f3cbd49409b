using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// AFSDB RDATA (RFC 1183 §1): 16-bit SUBTYPE (1 = AFS version 3 volume location server, 2 = DCE authenticated
/// name server), then HOSTNAME, a host running that service for the cell named by the owner.
/// <see href="https://www.rfc-editor.org/rfc/rfc1183#section-1"/>
/// </summary>
public sealed class AfsdbData : RecordData
{
    /// <summary>Creates AFSDB RDATA.</summary>
    public AfsdbData(ushort subtype, DomainName hostname)
    {
        ArgumentNullException.ThrowIfNull(hostname);
        Subtype = subtype;
        Hostname = hostname;
    }

    /// <summary>The subtype: 1 for an AFS volume location server, 2 for a DCE authenticated name server.</summary>
    public ushort Subtype { get; }

    /// <summary>The server.</summary>
    public DomainName Hostname { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.AFSDB;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadUInt16("AFSDB subtype", out ushort s) && r.ReadName("AFSDB hostname", out var n) ? new AfsdbData(s, n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        ushort s = r.ReadUInt16();
        var n = r.ReadName();
        return r.Failed ? null : new AfsdbData(s, n);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Subtype);
        writer.WriteName(Hostname, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Subtype).Append(' ').Append(Hostname);
}
