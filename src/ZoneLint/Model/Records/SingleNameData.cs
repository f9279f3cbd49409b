using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>RDATA that is a single domain name: NS, CNAME, DNAME, PTR.</summary>
public abstract class SingleNameData : RecordData
{
    private protected SingleNameData(DomainName target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
    }

    /// <summary>The name the record points at.</summary>
    public DomainName Target { get; }

    internal override DomainName? FollowedName => Target;

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteName(Target, form, canonicalListed: true);

    // The comparison form is the name lower-cased, which is what name equality compares.
    private protected override bool EqualsSameType(RecordData other) =>
        other is SingleNameData data ? Target.Equals(data.Target) : base.EqualsSameType(other);

    internal override void WriteText(StringBuilder builder) => builder.Append(Target);
}

/// <summary>
/// NS RDATA (RFC 1035 §3.3.11): NSDNAME, a host that is authoritative for the owner's zone.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.11"/>
/// </summary>
public sealed class NsData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.NS;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("name server", out var n) ? new NsData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new NsData(n);
    }
}

/// <summary>
/// CNAME RDATA (RFC 1035 §3.3.1): the canonical name for the owner, which is an alias.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.1"/>
/// </summary>
public sealed class CNameData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.CNAME;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("canonical name", out var n) ? new CNameData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new CNameData(n);
    }
}

/// <summary>
/// DNAME RDATA (RFC 6672 §2.1): the target that replaces the owner as a suffix of names below it.
/// <see href="https://www.rfc-editor.org/rfc/rfc6672#section-2.1"/>
/// </summary>
public sealed class DNameData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.DNAME;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("target", out var n) ? new DNameData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new DNameData(n);
    }
}

/// <summary>
/// PTR RDATA (RFC 1035 §3.3.12): PTRDNAME, a name the owner points to.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.12"/>
/// </summary>
public sealed class PtrData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.PTR;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("pointer target", out var n) ? new PtrData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new PtrData(n);
    }
}
