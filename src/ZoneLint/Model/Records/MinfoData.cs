using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// MINFO RDATA (RFC 1035 §3.3.7, experimental): RMAILBX, the mailbox responsible for the mailing list or mailbox named
/// by the owner (the root for the owner itself), then EMAILBX, the mailbox to receive error messages about it (the root
/// for the owner itself).
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.7"/>
/// </summary>
public sealed class MinfoData : RecordData
{
    /// <summary>Creates MINFO RDATA.</summary>
    public MinfoData(DomainName responsibleMailbox, DomainName errorMailbox)
    {
        ArgumentNullException.ThrowIfNull(responsibleMailbox);
        ArgumentNullException.ThrowIfNull(errorMailbox);
        ResponsibleMailbox = responsibleMailbox;
        ErrorMailbox = errorMailbox;
    }

    /// <summary>RMAILBX: the mailbox responsible for the list or mailbox.</summary>
    public DomainName ResponsibleMailbox { get; }

    /// <summary>EMAILBX: the mailbox that receives error messages.</summary>
    public DomainName ErrorMailbox { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.MINFO;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadName("MINFO responsible mailbox (rmailbx)", out var responsible) && r.ReadName("MINFO error mailbox (emailbx)", out var error)
            ? new MinfoData(responsible, error)
            : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var responsible = r.ReadName();
        var error = r.ReadName();
        return r.Failed ? null : new MinfoData(responsible, error);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteName(ResponsibleMailbox, form, canonicalListed: true);
        writer.WriteName(ErrorMailbox, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(ResponsibleMailbox).Append(' ').Append(ErrorMailbox);
}
