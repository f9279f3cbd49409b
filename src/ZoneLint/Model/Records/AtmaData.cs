using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// ATMA RDATA (type 34, ATM Forum af-dans-0152.000 "ATM Name System", registered by IANA): 8-bit FORMAT, then the ATM
/// ADDRESS. Format 0 is an ATM End System Address (AESA, NSAP format), octets written as hex digits; format 1 is an
/// E.164 number, ASCII digits written after a <c>+</c>. In text, <c>.</c> may appear between digits for readability
/// (<c>39.246f.00.0e7c9c.0312.0001.0001.000012345678.00</c>, <c>+358.400.1234567</c>); the format follows from the
/// leading <c>+</c>. Printed without dots, hex in lower case, as NSD prints it.
/// <see href="https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-4"/>
/// </summary>
public sealed class AtmaData : RecordData
{
    /// <summary>Format 0: an ATM End System Address in NSAP format.</summary>
    public const byte AesaFormat = 0;

    /// <summary>Format 1: an E.164 number in ASCII digits.</summary>
    public const byte E164Format = 1;

    /// <summary>Creates ATMA RDATA.</summary>
    /// <exception cref="ArgumentException">The format is not 0 or 1, the address is empty, or an E.164 address is not all digits.</exception>
    public AtmaData(byte format, ImmutableArray<byte> address)
    {
        if (Describe(format, address.IsDefault ? [] : address.AsSpan()) is { } error)
        {
            throw new ArgumentException(error, nameof(address));
        }

        Format = format;
        Address = address;
    }

    /// <summary>The address format: <see cref="AesaFormat"/> or <see cref="E164Format"/>.</summary>
    public byte Format { get; }

    /// <summary>The address octets: the AESA, or the E.164 number as ASCII digits.</summary>
    public ImmutableArray<byte> Address { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.ATMA;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.Next("ATMA address", out var token))
        {
            return null;
        }

        var text = r.Text(token);
        bool e164 = text.Length > 0 && text[0] == (byte)'+';
        var bytes = new List<byte>(text.Length);
        int nibbles = 0;
        for (int i = e164 ? 1 : 0; i < text.Length; i++)
        {
            byte b = text[i];
            if (b == (byte)'.')
            {
                continue;
            }

            if (e164)
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    r.Fail($"ATMA E.164 address may hold only digits and '.' after '+', found '{r.TextOf(token)}'");
                    return null;
                }

                bytes.Add(b);
                continue;
            }

            int v = BinaryText.HexValue(b);
            if (v < 0)
            {
                r.Fail($"ATMA address must be hex digits (an AESA) or '+' and digits (an E.164 number), with optional '.', found '{r.TextOf(token)}'");
                return null;
            }

            if ((nibbles & 1) == 0)
            {
                bytes.Add((byte)(v << 4));
            }
            else
            {
                bytes[^1] |= (byte)v;
            }

            nibbles++;
        }

        if (bytes.Count == 0)
        {
            r.Fail($"ATMA address has no digits, found '{r.TextOf(token)}'");
            return null;
        }

        if ((nibbles & 1) != 0)
        {
            r.Fail(string.Create(CultureInfo.InvariantCulture, $"ATMA AESA address must have an even number of hex digits (whole octets), found {nibbles} in '{r.TextOf(token)}'"));
            return null;
        }

        return new AtmaData(e164 ? E164Format : AesaFormat, ImmutableCollectionsMarshal.AsImmutableArray(bytes.ToArray()));
    }

    internal static RecordData? Read(ref WireReader r)
    {
        byte format = r.ReadUInt8();
        var address = r.ReadRemaining();
        if (r.Failed)
        {
            return null;
        }

        if (Describe(format, address) is { } error)
        {
            r.Fail(error);
            return null;
        }

        return new AtmaData(format, ImmutableCollectionsMarshal.AsImmutableArray(address));
    }

    private static string? Describe(byte format, ReadOnlySpan<byte> address)
    {
        if (format > E164Format)
        {
            return string.Create(CultureInfo.InvariantCulture, $"ATMA format {format} is not defined (0 AESA, 1 E.164)");
        }

        if (address.IsEmpty)
        {
            return "the ATMA address is empty";
        }

        if (format == E164Format && address.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            return "an ATMA E.164 address holds only ASCII digits";
        }

        return null;
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        writer.WriteUInt8(Format);
        writer.WriteBytes(Address.AsSpan());
    }

    internal override void WriteText(StringBuilder builder)
    {
        if (Format == E164Format)
        {
            builder.Append('+').Append(Encoding.ASCII.GetString(Address.AsSpan()));
            return;
        }

        builder.Append(Convert.ToHexStringLower(Address.AsSpan()));
    }
}
