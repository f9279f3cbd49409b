using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// TALINK RDATA (type 58, draft-ietf-dnsop-dnssec-trust-history; registered by IANA): PREVIOUS NAME and NEXT NAME, the
/// neighbours of the owner in a doubly linked list of trust anchor history; the first entry's previous name and the
/// last entry's next name are the root.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
/// <remarks>RFC 4034 §6.2 does not list TALINK, so its names keep their case in canonical form.</remarks>
public sealed class TalinkData : RecordData
{
    /// <summary>Creates TALINK RDATA.</summary>
    public TalinkData(DomainName previousName, DomainName nextName)
    {
        ArgumentNullException.ThrowIfNull(previousName);
        ArgumentNullException.ThrowIfNull(nextName);
        PreviousName = previousName;
        NextName = nextName;
    }

    /// <summary>The previous entry of the list, or the root for the first.</summary>
    public DomainName PreviousName { get; }

    /// <summary>The next entry of the list, or the root for the last.</summary>
    public DomainName NextName { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.TALINK;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadName("TALINK previous name", out var previous) && r.ReadName("TALINK next name", out var next) ? new TalinkData(previous, next) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var previous = r.ReadName();
        var next = r.ReadName();
        return r.Failed ? null : new TalinkData(previous, next);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteName(PreviousName, form, canonicalListed: false);
        writer.WriteName(NextName, form, canonicalListed: false);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(PreviousName).Append(' ').Append(NextName);
}
