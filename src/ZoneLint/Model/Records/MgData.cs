using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// MG RDATA (RFC 1035 §3.3.6, experimental): MGMNAME, a mailbox which is a member of the mail group named by the owner.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.6"/>
/// </summary>
public sealed class MgData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.MG;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("MG member mailbox (mgmname)", out var n) ? new MgData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new MgData(n);
    }
}
