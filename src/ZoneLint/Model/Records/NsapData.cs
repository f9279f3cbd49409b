using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// NSAP RDATA (RFC 1706 §5): an OSI Network Service Access Point address, binary on the wire, written as
/// <c>0x</c> and an even number of hex digits with optional <c>.</c> anywhere between them for readability.
/// Printed as BIND does: <c>0x</c> and lower-case digits without dots.
/// <see href="https://www.rfc-editor.org/rfc/rfc1706#section-5"/>
/// </summary>
public sealed class NsapData : RecordData
{
    /// <summary>Creates NSAP RDATA.</summary>
    /// <exception cref="ArgumentException">The address is empty.</exception>
    public NsapData(ImmutableArray<byte> address)
    {
        if (address.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An NSAP address holds at least one octet.", nameof(address));
        }

        Address = address;
    }

    /// <summary>The address octets.</summary>
    public ImmutableArray<byte> Address { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.NSAP;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.Next("NSAP address", out var token))
        {
            return null;
        }

        var text = r.Text(token);
        if (text.Length < 2 || text[0] != (byte)'0' || (text[1] | 0x20) != (byte)'x')
        {
            r.Fail($"NSAP address must start with '0x' followed by hex digits (RFC 1706 §5), found '{r.TextOf(token)}'");
            return null;
        }

        int digits = 0;
        for (int i = 2; i < text.Length; i++)
        {
            if (BinaryText.HexValue(text[i]) >= 0)
            {
                digits++;
            }
            else if (text[i] != (byte)'.')
            {
                r.Fail($"NSAP address may hold only hex digits and '.' after '0x', found '{r.TextOf(token)}'");
                return null;
            }
        }

        if (digits == 0)
        {
            r.Fail($"NSAP address has no hex digits after '0x', found '{r.TextOf(token)}'");
            return null;
        }

        if ((digits & 1) != 0)
        {
            r.Fail(string.Create(CultureInfo.InvariantCulture, $"NSAP address must have an even number of hex digits (whole octets), found {digits} in '{r.TextOf(token)}'"));
            return null;
        }

        var bytes = new byte[digits / 2];
        int n = 0;
        for (int i = 2; i < text.Length; i++)
        {
            int v = BinaryText.HexValue(text[i]);
            if (v >= 0)
            {
                bytes[n >> 1] |= (byte)((n & 1) == 0 ? v << 4 : v);
                n++;
            }
        }

        return new NsapData(ImmutableCollectionsMarshal.AsImmutableArray(bytes));
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var bytes = r.ReadRemaining();
        if (bytes.Length == 0)
        {
            r.Fail("the NSAP address is empty");
        }

        return r.Failed ? null : new NsapData(ImmutableCollectionsMarshal.AsImmutableArray(bytes));
    }

    internal override void WriteWire(WireWriter writer, WireForm form) => writer.WriteBytes(Address.AsSpan());

    internal override void WriteText(StringBuilder builder)
    {
        const string Digits = "0123456789abcdef";
        builder.Append("0x");
        foreach (byte b in Address)
        {
            builder.Append(Digits[b >> 4]).Append(Digits[b & 0xF]);
        }
    }
}
