using System.Collections.Immutable;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// CSYNC RDATA (RFC 7477 §2.1): 32-bit SOA SERIAL, 16-bit FLAGS (bit 0 <c>immediate</c>, bit 1 <c>soaminimum</c>), then
/// the TYPE BIT MAP of the types the parent should copy from the child, in the NSEC format (RFC 4034 §4.1.2).
/// In text (RFC 7477 §2.1.1): the serial and flags as numbers, then type mnemonics.
/// <see href="https://www.rfc-editor.org/rfc/rfc7477#section-2.1"/>
/// </summary>
/// <remarks>Immutable; the types are sorted and distinct.</remarks>
public sealed class CsyncData : RecordData
{
    /// <summary>Flag bit 0: the parent may process the record without waiting for the child's SOA serial (RFC 7477 §2.1.1.2.1).</summary>
    public const ushort ImmediateFlag = 0x0001;

    /// <summary>Flag bit 1: the parent should only act when the child's SOA serial is at least <see cref="SoaSerial"/> (RFC 7477 §2.1.1.2.2).</summary>
    public const ushort SoaMinimumFlag = 0x0002;

    /// <summary>Creates CSYNC RDATA.</summary>
    public CsyncData(uint soaSerial, ushort flags, IEnumerable<RRType> types)
    {
        SoaSerial = soaSerial;
        Flags = flags;
        Types = TypeBitmap.Normalize(types);
    }

    private CsyncData(uint soaSerial, ushort flags, ImmutableArray<RRType> normalizedTypes)
    {
        SoaSerial = soaSerial;
        Flags = flags;
        Types = normalizedTypes;
    }

    /// <summary>The SOA serial of the child zone the record was made for.</summary>
    public uint SoaSerial { get; }

    /// <summary>The flags field.</summary>
    public ushort Flags { get; }

    /// <summary>The types to synchronise, sorted by number.</summary>
    public ImmutableArray<RRType> Types { get; }

    /// <summary>Whether the <c>immediate</c> flag is set.</summary>
    public bool IsImmediate => (Flags & ImmediateFlag) != 0;

    /// <summary>Whether the <c>soaminimum</c> flag is set.</summary>
    public bool IsSoaMinimum => (Flags & SoaMinimumFlag) != 0;

    /// <inheritdoc/>
    public override RRType Type => RRType.CSYNC;

    internal static RecordData? Parse(RdataReader r) =>
        r.ReadUInt32("CSYNC SOA serial", out uint serial) && r.ReadUInt16("CSYNC flags", out ushort flags) && TypeBitmap.Parse(r, out var types)
            ? new CsyncData(serial, flags, types)
            : null;

    internal static RecordData? Read(ref WireReader r)
    {
        uint serial = r.ReadUInt32();
        ushort flags = r.ReadUInt16();
        if (r.Failed || !TypeBitmap.Read(ref r, out var types))
        {
            return null;
        }

        return new CsyncData(serial, flags, types);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt32(SoaSerial);
        writer.WriteUInt16(Flags);
        TypeBitmap.Write(writer, Types);
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(SoaSerial).Append(' ').Append(Flags);
        TypeBitmap.WriteText(builder, Types);
    }
}
