using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// HTTPS RDATA (RFC 9460 §9): the SVCB layout for HTTPS origins, where <c>port</c> and <c>no-default-alpn</c> are
/// automatically mandatory and the default ALPN is <c>http/1.1</c>.
/// <see href="https://www.rfc-editor.org/rfc/rfc9460#section-9"/>
/// </summary>
public sealed class HttpsData : ServiceBindingData
{
    /// <summary>Creates HTTPS RDATA; the parameters may come in any order.</summary>
    /// <exception cref="ArgumentException">A key appears twice, or a key listed in mandatory is absent.</exception>
    public HttpsData(ushort priority, DomainName target, IEnumerable<SvcParam> parameters)
        : base(priority, target, parameters)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.HTTPS;

    internal static RecordData? Parse(RdataReader r) =>
        ParseFields(r, out ushort priority, out var target, out var parameters) ? new HttpsData(priority, target, parameters) : null;

    internal static RecordData? Read(ref WireReader r) =>
        ReadFields(ref r, out ushort priority, out var target, out var parameters) ? new HttpsData(priority, target, parameters) : null;
}
