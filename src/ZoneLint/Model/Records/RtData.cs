using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RT RDATA (RFC 1183 §3.3): 16-bit PREFERENCE (lower first), then INTERMEDIATE-HOST, a host through which the owner,
/// which has no direct wide-area connection, can be reached (it should have an A, X25 or ISDN record).
/// <see href="https://www.rfc-editor.org/rfc/rfc1183#section-3.3"/>
/// </summary>
public sealed class RtData : RecordData
{
    /// <summary>Creates RT RDATA.</summary>
    public RtData(ushort preference, DomainName intermediateHost)
    {
        ArgumentNullException.ThrowIfNull(intermediateHost);
        Preference = preference;
        IntermediateHost = intermediateHost;
    }

    /// <summary>The preference among RT records of the owner; lower first.</summary>
    public ushort Preference { get; }

    /// <summary>The host to route through.</summary>
    public DomainName IntermediateHost { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.RT;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadUInt16("RT preference", out ushort preference) && r.ReadName("RT intermediate host", out var host) ? new RtData(preference, host) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        ushort preference = r.ReadUInt16();
        var host = r.ReadName();
        return r.Failed ? null : new RtData(preference, host);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Preference);
        writer.WriteName(IntermediateHost, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Preference).Append(' ').Append(IntermediateHost);
}
