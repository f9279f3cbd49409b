using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// LP RDATA (RFC 6742 §2.4, ILNP): 16-bit PREFERENCE (lower first), then FQDN, a name that has the L32 or L64 records
/// of the node's subnetwork. The name is never compressed.
/// <see href="https://www.rfc-editor.org/rfc/rfc6742#section-2.4"/>
/// </summary>
/// <remarks>RFC 4034 §6.2 does not list LP, so its name keeps its case in canonical form.</remarks>
public sealed class LpData : RecordData
{
    /// <summary>Creates LP RDATA.</summary>
    public LpData(ushort preference, DomainName pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        Preference = preference;
        Pointer = pointer;
    }

    /// <summary>The preference among LP records of the owner; lower first.</summary>
    public ushort Preference { get; }

    /// <summary>The name holding the subnetwork's locators.</summary>
    public DomainName Pointer { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.LP;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadUInt16("LP preference", out ushort preference) && r.ReadName("LP name (fqdn)", out var pointer) ? new LpData(preference, pointer) : null;

    internal static RecordData? Read(ref WireReader r)
    {
        ushort preference = r.ReadUInt16();
        var pointer = r.ReadName();
        return r.Failed ? null : new LpData(preference, pointer);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Preference);
        writer.WriteName(Pointer, form, canonicalListed: false);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Preference).Append(' ').Append(Pointer);
}
