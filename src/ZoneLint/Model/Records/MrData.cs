using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// MR RDATA (RFC 1035 §3.3.8, experimental): NEWNAME, a mailbox which is the proper rename of the mailbox named by the owner.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.8"/>
/// </summary>
public sealed class MrData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.MR;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("MR new mailbox name (newname)", out var n) ? new MrData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new MrData(n);
    }
}
