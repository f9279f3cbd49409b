using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// MF RDATA (RFC 1035 §3.3.5, obsolete; replaced by MX with preference 10): MADNAME, a host which has a mail agent that will accept mail for forwarding to the owner's domain.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.5"/>
/// </summary>
public sealed class MfData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.MF;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("MF mail forwarder (madname)", out var n) ? new MfData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new MfData(n);
    }
}
