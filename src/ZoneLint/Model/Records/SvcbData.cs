using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SVCB RDATA (RFC 9460 §2.2): SvcPriority, TargetName and SvcParams, for any service named by the owner
/// (<c>_dns</c> for DNS servers, RFC 9461).
/// <see href="https://www.rfc-editor.org/rfc/rfc9460#section-2.2"/>
/// </summary>
public sealed class SvcbData : ServiceBindingData
{
    /// <summary>Creates SVCB RDATA; the parameters may come in any order.</summary>
    /// <exception cref="ArgumentException">A key appears twice, or a key listed in mandatory is absent.</exception>
    public SvcbData(ushort priority, DomainName target, IEnumerable<SvcParam> parameters)
        : base(priority, target, parameters)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.SVCB;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort priority, out var target, out var parameters) ? new SvcbData(priority, target, parameters) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort priority, out var target, out var parameters) ? new SvcbData(priority, target, parameters) : null;
}
