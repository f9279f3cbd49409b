using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SRV RDATA (RFC 2782): 16-bit PRIORITY (lower is tried first), 16-bit WEIGHT (relative share among equal
/// priorities), 16-bit PORT, then TARGET, the host offering the service (never compressed); a target of <c>.</c>
/// says the service is decidedly not available.
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

    /// <summary>The weight, for load sharing among targets of the same priority.</summary>
    public ushort Weight { get; }

    /// <summary>The port of the service on the target.</summary>
    public ushort Port { get; }

    /// <summary>The host offering the service.</summary>
    public DomainName Target { get; }

    internal override DomainName? FollowedName => Target;

    /// <summary>Whether the target is the root: the service is not available at this name (RFC 2782).</summary>
    public bool IsServiceUnavailable => Target.IsRoot;

    /// <inheritdoc/>
    public override RRType Type => RRType.SRV;

    internal static RecordData? Parse(RdataReader r)
    {
        if (r.ReadUInt16("SRV priority", out ushort priority)
            && r.ReadUInt16("SRV weight", out ushort weight)
            && r.ReadUInt16("SRV port", out ushort port)
            && r.ReadName("SRV target", out var target))
        {
            return new SrvData(priority, weight, port, target);
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        ushort priority = r.ReadUInt16(), weight = r.ReadUInt16(), port = r.ReadUInt16();
        var target = r.ReadName();
        return r.Failed ? null : new SrvData(priority, weight, port, target);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Priority);
        writer.WriteUInt16(Weight);
        writer.WriteUInt16(Port);
        writer.WriteName(Target, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) =>
        builder.Append(Priority).Append(' ').Append(Weight).Append(' ').Append(Port).Append(' ').Append(Target);
}
