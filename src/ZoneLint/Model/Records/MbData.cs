using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// MB RDATA (RFC 1035 §3.3.3, experimental): MADNAME, a host which has the mailbox named by the owner.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.3"/>
/// </summary>
public sealed class MbData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.MB;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("MB mailbox host (madname)", out var n) ? new MbData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new MbData(n);
    }
}
