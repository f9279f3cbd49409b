using System.Globalization;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The RDATA layout NID and L64 share (RFC 6742 §2.1 and §2.3, ILNP): 16-bit PREFERENCE (lower first), then a 64-bit
/// value (NodeID or Locator64), written as four groups of hex digits separated by colons (<c>2001:0db8:1140:1000</c>).
/// Each group holds one to four digits; the value is printed with four lower-case digits per group, as BIND and NSD do.
/// </summary>
public abstract class Ilnp64Data : RecordData
{
    private protected Ilnp64Data(ushort preference, ulong value)
    {
        Preference = preference;
        Value = value;
    }

    /// <summary>The preference among the owner's records of this type; lower first.</summary>
    public ushort Preference { get; }

    /// <summary>The 64-bit NodeID or Locator64.</summary>
    public ulong Value { get; }

    private protected static bool ParseFields(RdataReader r, string type, string what, out ushort preference, out ulong value)
    {
        value = 0;
        if (!r.ReadUInt16($"{type} preference", out preference) || !r.Next(what, out var token))
        {
            return false;
        }

        if (!TryParseColonHex(r.Text(token), out value))
        {
            return r.Fail($"{what} must be four groups of 1 to 4 hex digits separated by ':' (such as 0014:4fff:ff20:ee64), found '{r.TextOf(token)}'");
        }

        return true;
    }

    private protected static bool ReadFields(ref WireReader r, out ushort preference, out ulong value)
    {
        preference = r.ReadUInt16();
        value = ((ulong)r.ReadUInt32() << 32) | r.ReadUInt32();
        return !r.Failed;
    }

    internal static bool TryParseColonHex(ReadOnlySpan<byte> text, out ulong value)
    {
        value = 0;
        int groups = 0, digits = 0;
        ulong group = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == (byte)':')
            {
                if (digits == 0 || groups == 4)
                {
                    return false;
                }

                value = (value << 16) | group;
                groups++;
                digits = 0;
                group = 0;
                continue;
            }

            int v = BinaryText.HexValue(text[i]);
            if (v < 0 || digits == 4)
            {
                return false;
            }

            group = (group << 4) | (uint)v;
            digits++;
        }

        return groups == 4;
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt16(Preference);
        writer.WriteUInt32((uint)(Value >> 32));
        writer.WriteUInt32((uint)Value);
    }

    internal override void WriteText(StringBuilder builder) =>
        builder.Append(Preference).Append(' ').Append(CultureInfo.InvariantCulture, $"{Value >> 48:x4}:{(Value >> 32) & 0xFFFF:x4}:{(Value >> 16) & 0xFFFF:x4}:{Value & 0xFFFF:x4}");
}

/// <summary>
/// NID RDATA (RFC 6742 §2.1, ILNP): 16-bit PREFERENCE, then the 64-bit NodeID of the node named by the owner.
/// <see href="https://www.rfc-editor.org/rfc/rfc6742#section-2.1"/>
/// </summary>
public sealed class NidData : Ilnp64Data
{
    /// <summary>Creates NID RDATA.</summary>
    public NidData(ushort preference, ulong nodeId)
        : base(preference, nodeId)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.NID;

    internal static RecordData? Parse(RdataReader r) => ParseFields(r, "NID", "NID node identifier", out ushort p, out ulong v) ? new NidData(p, v) : null;

    internal static RecordData? Read(ref WireReader r) => ReadFields(ref r, out ushort p, out ulong v) ? new NidData(p, v) : null;
}

/// <summary>
/// L64 RDATA (RFC 6742 §2.3, ILNP): 16-bit PREFERENCE, then the 64-bit ILNPv6 Locator64 of the node's subnetwork.
/// <see href="https://www.rfc-editor.org/rfc/rfc6742#section-2.3"/>
/// </summary>
public sealed class L64Data : Ilnp64Data
{
    /// <summary>Creates L64 RDATA.</summary>
    public L64Data(ushort preference, ulong locator)
        : base(preference, locator)
    {
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.L64;

    internal static RecordData? Parse(RdataReader r) => ParseFields(r, "L64", "L64 locator", out ushort p, out ulong v) ? new L64Data(p, v) : null;

    internal static RecordData? Read(ref WireReader r) => ReadFields(ref r, out ushort p, out ulong v) ? new L64Data(p, v) : null;
}
