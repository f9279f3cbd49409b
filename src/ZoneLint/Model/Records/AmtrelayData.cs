using System.Net;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// AMTRELAY RDATA (RFC 8777 §4.2): 8-bit PRECEDENCE (lower first), then one octet holding D, the discovery-optional
/// bit, and a 7-bit RELAY TYPE (0 none, 1 IPv4, 2 IPv6, 3 name), then the RELAY as its type says. In text
/// (RFC 8777 §4.3): <c>precedence D type relay</c>, D written 0 or 1, the relay <c>.</c> for type 0.
/// <see href="https://www.rfc-editor.org/rfc/rfc8777#section-4.2"/>
/// </summary>
public sealed class AmtrelayData : RecordData
{
    /// <summary>Creates AMTRELAY RDATA; the relay type follows from which relay is given (none, an address, or a name).</summary>
    /// <exception cref="ArgumentException">Both an address and a name are given.</exception>
    public AmtrelayData(byte precedence, bool discoveryOptional, IPAddress? relayAddress, DomainName? relayName)
    {
        RelayType = GatewayField.TypeOf(relayAddress, relayName, nameof(relayAddress));
        Precedence = precedence;
        DiscoveryOptional = discoveryOptional;
        RelayAddress = relayAddress;
        RelayName = relayName;
    }

    /// <summary>The precedence among the owner's AMTRELAY records; lower first.</summary>
    public byte Precedence { get; }

    /// <summary>The D bit: the gateway may send AMT Relay Discovery messages to the relay's address (RFC 8777 §4.2.2).</summary>
    public bool DiscoveryOptional { get; }

    /// <summary>The relay type: 0 none, 1 IPv4, 2 IPv6, 3 name.</summary>
    public byte RelayType { get; }

    /// <summary>The relay address, for relay types 1 and 2.</summary>
    public IPAddress? RelayAddress { get; }

    /// <summary>The relay name, for relay type 3.</summary>
    public DomainName? RelayName { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.AMTRELAY;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.ReadUInt8("AMTRELAY precedence", out byte precedence) || !r.Next("AMTRELAY discovery-optional bit", out var token))
        {
            return null;
        }

        var d = r.Text(token);
        if (d.Length != 1 || d[0] is not ((byte)'0' or (byte)'1'))
        {
            r.Fail($"AMTRELAY discovery-optional bit must be 0 or 1, found '{r.TextOf(token)}'");
            return null;
        }

        if (r.ReadNumber("AMTRELAY relay type", 127, out ulong type)
            && GatewayField.CheckType(r, "AMTRELAY relay", type)
            && GatewayField.Parse(r, "AMTRELAY relay", (byte)type, out var address, out var name))
        {
            return new AmtrelayData(precedence, d[0] == (byte)'1', address, name);
        }

        return null;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        byte precedence = r.ReadUInt8(), dType = r.ReadUInt8();
        if (r.Failed || !GatewayField.Read(ref r, "AMTRELAY relay", (byte)(dType & 0x7F), out var address, out var name))
        {
            return null;
        }

        return new AmtrelayData(precedence, (dType & 0x80) != 0, address, name);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(Precedence);
        writer.WriteUInt8((byte)((DiscoveryOptional ? 0x80 : 0) | RelayType));
        GatewayField.Write(writer, form, RelayAddress, RelayName);
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Precedence).Append(' ').Append(DiscoveryOptional ? '1' : '0').Append(' ').Append(RelayType).Append(' ');
        GatewayField.Append(builder, RelayAddress, RelayName);
    }
}
