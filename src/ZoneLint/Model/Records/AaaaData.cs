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
        this.address = address;
    }

    private AaaaData(ReadOnlySpan<byte> octets)
    {
        high = BinaryPrimitives.ReadUInt64BigEndian(octets);
        low = BinaryPrimitives.ReadUInt64BigEndian(octets[8..]);
    }

    // PERF: the sixteen octets inline, the IPAddress made only when asked for (as in AData): an IPAddress and the
    // array inside it took 80 bytes and two objects more per AAAA record.
    private readonly ulong high;
    private readonly ulong low;
    private IPAddress? address;

    /// <summary>The IPv6 address.</summary>
    public IPAddress Address
    {
        get
        {
            if (address is null)
            {
                Span<byte> octets = stackalloc byte[16];
                WriteOctets(octets);
                address = new IPAddress(octets);
            }

            return address;
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

        if (TryParseIPv6(r.Text(token), out var address))
        {
            Span<byte> octets = stackalloc byte[16];
            address.TryWriteBytes(octets, out _);
            return new AaaaData(octets);
        }

        r.Fail($"'{r.TextOf(token)}' is not an IPv6 address");
        return null;
    }

    /// <summary>RFC 4291 §2.2 text forms only: no zone index, no brackets, embedded IPv4 only as a strict dotted quad.</summary>
    internal static bool TryParseIPv6(ReadOnlySpan<byte> text, out IPAddress address)
    {
        address = IPAddress.IPv6None;
        if (text.Length is < 2 or > 45 || text.IndexOfAny("%[]/"u8) >= 0 || !text.Contains((byte)':'))
        {
            return false;
        }

        Span<char> chars = stackalloc char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            byte b = text[i];
            if (!(char.IsAsciiHexDigit((char)b) || b is (byte)':' or (byte)'.'))
            {
                return false;
            }

            chars[i] = (char)b;
        }

        int lastColon = text.LastIndexOf((byte)':');
        if (text[(lastColon + 1)..].Contains((byte)'.') && !AData.TryParseDottedQuad(text[(lastColon + 1)..], out uint _))
        {
            return false;
        }

        // Each group has at most four hex digits (IPAddress accepts more).
        int run = 0;
        foreach (byte b in text[..(lastColon + 1)])
        {
            run = b == (byte)':' ? 0 : run + 1;
            if (run > 4)
            {
                return false;
            }
        }

        if (!text[(lastColon + 1)..].Contains((byte)'.') && text.Length - lastColon - 1 > 4)
        {
            return false;
        }

        if (!IPAddress.TryParse(chars, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        address = parsed;
        return true;
    }

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

    private void WriteOctets(Span<byte> octets)
    {
        BinaryPrimitives.WriteUInt64BigEndian(octets, high);
        BinaryPrimitives.WriteUInt64BigEndian(octets[8..], low);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Address);
}
