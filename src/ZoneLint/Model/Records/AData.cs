using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// A RDATA (RFC 1035 §3.4.1): a 32-bit IPv4 ADDRESS, written as a dotted quad.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.4.1"/>
/// </summary>
public sealed class AData : RecordData
{
    /// <summary>Creates A RDATA.</summary>
    /// <exception cref="ArgumentException">The address is not IPv4.</exception>
    public AData(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException("An A record holds an IPv4 address.", nameof(address));
        }

        Span<byte> octets = stackalloc byte[4];
        address.TryWriteBytes(octets, out _);
        bits = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(octets);
    }

    private AData(uint bits)
    {
        this.bits = bits;
    }

    // PERF: the four octets inline, an IPAddress made each time one is asked for (only ZL7007 and text output do):
    // a zone's A records are about half its records, and an IPAddress object, or a field to keep one, made each bigger.
    private readonly uint bits;

    /// <summary>The IPv4 address.</summary>
    public IPAddress Address => new(ToOctets(bits));

    /// <summary>The address as a 32-bit number, most significant octet first.</summary>
    internal uint Bits => bits;

    private protected override bool EqualsSameType(RecordData other) => other is AData data ? bits == data.bits : base.EqualsSameType(other);

    /// <inheritdoc/>
    public override RRType Type => RRType.A;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.Next("an IPv4 address", out var token))
        {
            return null;
        }

        return TryParseDottedQuad(r.Text(token), out uint bits) ? new AData(bits) : Fail(r, token);
    }

    private static AData? Fail(RdataReader r, in Token token)
    {
        r.Fail($"'{r.TextOf(token)}' is not an IPv4 address (four decimal numbers 0-255 separated by dots)");
        return null;
    }

    /// <summary>Strict dotted quad: exactly four decimal parts of at most three digits, each 0–255 (no octal, hex or short forms).</summary>
    internal static bool TryParseDottedQuad(ReadOnlySpan<byte> text, out IPAddress address)
    {
        address = IPAddress.None;
        if (!TryParseDottedQuad(text, out uint bits))
        {
            return false;
        }

        address = new IPAddress(ToOctets(bits));
        return true;
    }

    /// <summary>The dotted quad as a 32-bit number, most significant octet first.</summary>
    internal static bool TryParseDottedQuad(ReadOnlySpan<byte> text, out uint bits)
    {
        bits = 0;
        Span<byte> octets = stackalloc byte[4];
        int part = 0, digits = 0, value = 0;
        foreach (byte b in text)
        {
            if (b == (byte)'.')
            {
                if (digits == 0 || part == 3)
                {
                    return false;
                }

                octets[part++] = (byte)value;
                value = 0;
                digits = 0;
                continue;
            }

            if (b is < (byte)'0' or > (byte)'9' || digits == 3)
            {
                return false;
            }

            value = (value * 10) + (b - '0');
            digits++;
            if (value > 255)
            {
                return false;
            }
        }

        if (part != 3 || digits == 0)
        {
            return false;
        }

        octets[3] = (byte)value;
        bits = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(octets);
        return true;
    }

    private static byte[] ToOctets(uint bits)
    {
        var octets = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(octets, bits);
        return octets;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var bytes = r.ReadBytes(4);
        return r.Failed ? null : new AData(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes));
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, bits);
        writer.WriteBytes(bytes);
    }

    internal override void WriteText(StringBuilder builder) => builder.Append(Address);
}
