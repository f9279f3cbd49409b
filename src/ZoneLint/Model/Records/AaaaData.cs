using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// AAAA RDATA (RFC 3596 §2.2): a 128-bit IPv6 address in the text forms of RFC 4291 §2.2.
/// <see href="https://www.rfc-editor.org/rfc/rfc3596#section-2.2"/>
/// </summary>
public sealed class AaaaData : RecordData
{
    /// <summary>Creates AAAA RDATA.</summary>
    /// <exception cref="ArgumentException">The address is not IPv6.</exception>
    public AaaaData(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6 || address.ScopeId != 0)
        {
            throw new ArgumentException("An AAAA record holds an IPv6 address without a scope.", nameof(address));
        }

        Span<byte> octets = stackalloc byte[16];
        address.TryWriteBytes(octets, out _);
        high = BinaryPrimitives.ReadUInt64BigEndian(octets);
        low = BinaryPrimitives.ReadUInt64BigEndian(octets[8..]);
    }

    private AaaaData(ReadOnlySpan<byte> octets)
    {
        high = BinaryPrimitives.ReadUInt64BigEndian(octets);
        low = BinaryPrimitives.ReadUInt64BigEndian(octets[8..]);
    }

    // PERF: the sixteen octets inline, an IPAddress made each time one is asked for (as in AData): an IPAddress and
    // the array inside it took 80 bytes and two objects more per AAAA record.
    private readonly ulong high;
    private readonly ulong low;

    /// <summary>The IPv6 address.</summary>
    public IPAddress Address
    {
        get
        {
            Span<byte> octets = stackalloc byte[16];
            WriteOctets(octets);
            return new IPAddress(octets);
        }
    }

    /// <inheritdoc/>
    public override RRType Type => RRType.AAAA;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.Next("an IPv6 address", out var token))
        {
            return null;
        }

        Span<byte> octets = stackalloc byte[16];
        if (TryParseIPv6(r.Text(token), octets))
        {
            return new AaaaData(octets);
        }

        r.Fail($"'{r.TextOf(token)}' is not an IPv6 address");
        return null;
    }

    /// <summary>RFC 4291 §2.2 text forms only: no zone index, no brackets, embedded IPv4 only as a strict dotted quad.</summary>
    internal static bool TryParseIPv6(ReadOnlySpan<byte> text, out IPAddress address)
    {
        Span<byte> octets = stackalloc byte[16];
        if (!TryParseIPv6(text, octets))
        {
            address = IPAddress.IPv6None;
            return false;
        }

        address = new IPAddress(octets);
        return true;
    }

    /// <summary>The same forms as <see cref="TryParseIPv6(ReadOnlySpan{byte}, out IPAddress)"/>, into sixteen octets.</summary>
    /// <remarks>PERF: no IPAddress (and the array inside it) made and thrown away for each AAAA record read.</remarks>
    internal static bool TryParseIPv6(ReadOnlySpan<byte> text, Span<byte> octets)
    {
        if (text.Length is < 2 or > 45 || !text.Contains((byte)':'))
        {
            return false;
        }

        // At most one "::" (a run of zero groups), and no ":::".
        int gap = text.IndexOf("::"u8);
        if (gap >= 0 && text[(gap + 1)..].IndexOf("::"u8) >= 0)
        {
            return false;
        }

        Span<ushort> head = stackalloc ushort[8];
        Span<ushort> tail = stackalloc ushort[8];
        int headCount, tailCount = 0;
        if (gap < 0)
        {
            headCount = ParseGroups(text, head, lastSide: true);
        }
        else
        {
            headCount = ParseGroups(text[..gap], head, lastSide: false);
            tailCount = ParseGroups(text[(gap + 2)..], tail, lastSide: true);
        }

        if (headCount < 0 || tailCount < 0 || (gap < 0 ? headCount != 8 : headCount + tailCount > 7))
        {
            return false;
        }

        octets.Clear();
        for (int i = 0; i < headCount; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(octets[(2 * i)..], head[i]);
        }

        for (int i = 0; i < tailCount; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(octets[(2 * (8 - tailCount + i))..], tail[i]);
        }

        return true;
    }

    /// <summary>
    /// Colon-separated groups of one to four hex digits; on the last side of the address the final group may be a
    /// dotted quad (two groups). Returns how many groups, or -1.
    /// </summary>
    private static int ParseGroups(ReadOnlySpan<byte> text, Span<ushort> groups, bool lastSide)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        int count = 0;
        while (true)
        {
            int colon = text.IndexOf((byte)':');
            var part = colon < 0 ? text : text[..colon];
            if (colon < 0 && lastSide && part.Contains((byte)'.'))
            {
                // As IPAddress reads it: no leading zeros in the embedded IPv4 address's first three numbers.
                if (count > 6 || HasLeadingZero(part) || !AData.TryParseDottedQuad(part, out uint v4))
                {
                    return -1;
                }

                groups[count++] = (ushort)(v4 >> 16);
                groups[count++] = (ushort)v4;
                return count;
            }

            if (part.Length is 0 or > 4 || count == 8)
            {
                return -1;
            }

            int value = 0;
            foreach (byte b in part)
            {
                int digit = HexValue(b);
                if (digit < 0)
                {
                    return -1;
                }

                value = (value << 4) | digit;
            }

            groups[count++] = (ushort)value;
            if (colon < 0)
            {
                return count;
            }

            text = text[(colon + 1)..];
        }
    }

    private static bool HasLeadingZero(ReadOnlySpan<byte> dottedQuad)
    {
        int lastDot = dottedQuad.LastIndexOf((byte)'.');
        for (int i = 0; i + 1 < lastDot; i++)
        {
            if (dottedQuad[i] == (byte)'0' && (i == 0 || dottedQuad[i - 1] == (byte)'.') && dottedQuad[i + 1] != (byte)'.')
            {
                return true;
            }
        }

        return false;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    internal static RecordData? Read(ref WireReader r)
    {
        var bytes = r.ReadBytes(16);
        return r.Failed ? null : new AaaaData(bytes);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        Span<byte> bytes = stackalloc byte[16];
        WriteOctets(bytes);
        writer.WriteBytes(bytes);
    }

    internal void WriteOctets(Span<byte> octets)
    {
        BinaryPrimitives.WriteUInt64BigEndian(octets, high);
        BinaryPrimitives.WriteUInt64BigEndian(octets[8..], low);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Address);
}
