using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NSAP-PTR RDATA (type 23, RFC 1348; deprecated by RFC 1706 §6 in favour of PTR under NSAP.INT): a single name, the
/// host whose NSAP address the owner spells.
/// <see href="https://www.rfc-editor.org/rfc/rfc1706#section-6"/>
/// </summary>
/// <remarks>RFC 4034 §6.2 does not list NSAP-PTR, so its name keeps its case in canonical form.</remarks>
public sealed class NsapPtrData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.NSAPPTR;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("NSAP-PTR host name", out var n) ? new NsapPtrData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new NsapPtrData(n);
    }

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteName(Target, form, canonicalListed: false);
}
