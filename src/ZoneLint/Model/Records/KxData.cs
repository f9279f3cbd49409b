using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// KX RDATA (RFC 2230 §3.1): 16-bit PREFERENCE (lower is preferred), then EXCHANGER, a host that acts as key
/// exchanger for the owner name (never compressed).
/// <see href="https://www.rfc-editor.org/rfc/rfc2230#section-3.1"/>
/// </summary>
public sealed class KxData : RecordData
{
    /// <summary>Creates KX RDATA.</summary>
    public KxData(ushort preference, DomainName exchanger)
    {
        ArgumentNullException.ThrowIfNull(exchanger);
        Preference = preference;
        Exchanger = exchanger;
    }

    /// <summary>The preference; lower values are tried first.</summary>
    public ushort Preference { get; }

    /// <summary>The key exchanger.</summary>
    public DomainName Exchanger { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.KX;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadUInt16("KX preference", out ushort p) && r.ReadName("KX exchanger", out var n) ? new KxData(p, n) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        ushort p = r.ReadUInt16();
        var n = r.ReadName();
        return r.Failed ? null : new KxData(p, n);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Preference);
        writer.WriteName(Exchanger, form, canonicalListed: true);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Preference).Append(' ').Append(Exchanger);
}
