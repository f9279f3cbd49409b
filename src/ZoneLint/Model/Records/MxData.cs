using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// MX RDATA (RFC 1035 §3.3.9): 16-bit PREFERENCE (lower is preferred), then EXCHANGE, a host willing to take mail.
/// A null MX is preference 0 with exchange <c>.</c> (RFC 7505).
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.3.9"/>
/// </summary>
public sealed class MxData : RecordData
{
    /// <summary>Creates MX RDATA.</summary>
    public MxData(ushort preference, DomainName exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        Preference = preference;
        Exchange = exchange;
    }

    /// <summary>The preference; lower values are tried first.</summary>
    public ushort Preference { get; }

    /// <summary>The mail exchanger.</summary>
    public DomainName Exchange { get; }

    internal override DomainName? FollowedName => Exchange;

    /// <summary>Whether the exchange is the root: a null MX (RFC 7505 §3).</summary>
    public bool IsNullMx => Exchange.IsRoot;

    private protected override bool EqualsSameType(RecordData other) =>
        other is MxData data ? Preference == data.Preference && Exchange.Equals(data.Exchange) : base.EqualsSameType(other);

    /// <inheritdoc/>
    public override RRType Type => RRType.MX;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadUInt16("MX preference", out ushort p) && r.ReadName("mail exchange", out var n) ? new MxData(p, n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        ushort p = r.ReadUInt16();
        var n = r.ReadName();
        return r.Failed ? null : new MxData(p, n);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Preference);
        writer.WriteName(Exchange, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Preference).Append(' ').Append(Exchange);
}
