using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SRV RDATA (RFC 2782): 16-bit PRIORITY (lower is tried first), 16-bit WEIGHT (relative share among equal priorities),
/// 16-bit PORT, then TARGET, a host name that must own address records and must not be an alias.
/// A target of <c>.</c> means the service is decidedly not available at this domain.
/// <see href="https://www.rfc-editor.org/rfc/rfc2782"/>
/// </summary>
public sealed class SrvData : RecordData
{
    /// <summary>Creates SRV RDATA.</summary>
    public SrvData(ushort priority, ushort weight, ushort port, DomainName target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Priority = priority;
        Weight = weight;
        Port = port;
        Target = target;
    }

    /// <summary>The priority; lower values are tried first.</summary>
    public ushort Priority { get; }

    /// <summary>The weight among targets of equal priority.</summary>
    public ushort Weight { get; }

    /// <summary>The port the service listens on.</summary>
    public ushort Port { get; }

    /// <summary>The host providing the service; the root means "no service" (RFC 2782).</summary>
    public DomainName Target { get; }

    /// <summary>Whether the target is <c>.</c>: the service is decidedly not available.</summary>
    public bool IsNoService => Target.IsRoot;

    /// <inheritdoc/>
    public override RRType Type => RRType.SRV;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadUInt16("SRV priority", out ushort priority)
        && r.ReadUInt16("SRV weight", out ushort weight)
        && r.ReadUInt16("SRV port", out ushort port)
        && r.ReadName("SRV target", out var target)
            ? new SrvData(priority, weight, port, target)
            : null;

    internal static RecordData? Read(ref WireReader r)
    {
        ushort priority = r.ReadUInt16();
        ushort weight = r.ReadUInt16();
        ushort port = r.ReadUInt16();
        var target = r.ReadName();
        return r.Failed ? null : new SrvData(priority, weight, port, target);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Priority);
        writer.WriteUInt16(Weight);
        writer.WriteUInt16(Port);

        // RFC 4034 §6.2 lists SRV among the types whose names are lower-cased in canonical form.
        writer.WriteName(Target, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) =>
        builder.Append(Priority).Append(' ').Append(Weight).Append(' ').Append(Port).Append(' ').Append(Target);
}
