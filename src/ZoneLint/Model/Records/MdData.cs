using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// MD RDATA (RFC 1035 §3.3.4, obsolete; replaced by MX with preference 0): MADNAME, a host which has a mail agent for the owner's domain.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.4"/>
/// </summary>
public sealed class MdData(DomainName target) : SingleNameData(target)
{
    /// <inheritdoc/>
    public override RRType Type => RRType.MD;

    internal static RecordData? Parse(RdataReader r) => r.ReadName("MD mail destination (madname)", out var n) ? new MdData(n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        var n = r.ReadName();
        return r.Failed ? null : new MdData(n);
    }
}
