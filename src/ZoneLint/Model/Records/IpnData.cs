using System.Globalization;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// IPN RDATA (type 264, draft-johnson-dns-ipn-cla; registered by IANA): a 64-bit CBHE node number of a DTN node
/// (RFC 9758 <c>ipn</c> URI scheme). Written as a decimal number, or as <c>allocator.node</c>, two 32-bit numbers that
/// make the high and low halves; printed as one decimal number, as NSD prints it.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class IpnData : RecordData
{
    /// <summary>Creates IPN RDATA.</summary>
    public IpnData(ulong nodeNumber) => NodeNumber = nodeNumber;

    /// <summary>The 64-bit node number.</summary>
    public ulong NodeNumber { get; }

    /// <summary>The allocator identifier: the high 32 bits.</summary>
    public uint Allocator => (uint)(NodeNumber >> 32);

    /// <summary>The node number within the allocator: the low 32 bits.</summary>
    public uint Node => (uint)NodeNumber;

    /// <inheritdoc/>
    public override RRType Type => RRType.IPN;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.Next("IPN node number", out var token))
        {
            return null;
        }

        var text = r.Text(token);
        int dot = text.IndexOf((byte)'.');
        if (dot < 0 && TryParse(text, out ulong number))
        {
            return new IpnData(number);
        }

        if (dot >= 0 && TryParse(text[..dot], out ulong allocator) && allocator <= uint.MaxValue
            && TryParse(text[(dot + 1)..], out ulong node) && node <= uint.MaxValue)
        {
            return new IpnData((allocator << 32) | node);
        }

        r.Fail($"IPN node number must be a number from 0 to 18446744073709551615, or allocator.node with two numbers from 0 to 4294967295, found '{r.TextOf(token)}'");
        return null;
    }

    private static bool TryParse(ReadOnlySpan<byte> text, out ulong value)
    {
        value = 0;
        foreach (byte b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return text.Length is > 0 and <= 20 && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    internal static RecordData? Read(ref WireReader r)
    {
        ulong high = r.ReadUInt32();
        ulong low = r.ReadUInt32();
        return r.Failed ? null : new IpnData((high << 32) | low);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt32(Allocator);
        writer.WriteUInt32(Node);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(NodeNumber);
}
