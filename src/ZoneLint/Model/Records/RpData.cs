using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// RP RDATA (RFC 1183 §2.2): MBOX-DNAME, the mailbox of the responsible person written as a name (first label is
/// the local part), then TXT-DNAME, a name with TXT records about that person; either may be <c>.</c> for none.
/// <see href="https://www.rfc-editor.org/rfc/rfc1183#section-2.2"/>
/// </summary>
public sealed class RpData : RecordData
{
    /// <summary>Creates RP RDATA.</summary>
    public RpData(DomainName mailbox, DomainName textName)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(textName);
        Mailbox = mailbox;
        TextName = textName;
    }

    /// <summary>MBOX-DNAME: the responsible person's mailbox as a name, or the root for none.</summary>
    public DomainName Mailbox { get; }

    /// <summary>TXT-DNAME: where TXT records with more information are, or the root for none.</summary>
    public DomainName TextName { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.RP;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadName("RP mailbox (mbox-dname)", out var mbox) && r.ReadName("RP TXT name (txt-dname)", out var txt) ? new RpData(mbox, txt) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var mbox = r.ReadName();
        var txt = r.ReadName();
        return r.Failed ? null : new RpData(mbox, txt);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteName(Mailbox, form, canonicalListed: true);
        writer.WriteName(TextName, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Mailbox).Append(' ').Append(TextName);
}
