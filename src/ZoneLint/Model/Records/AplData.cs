using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// APL RDATA (RFC 3123 §4): zero or more items, each a 16-bit ADDRESSFAMILY (1 IPv4, 2 IPv6), an 8-bit PREFIX length,
/// one octet holding N (negation) and the 7-bit AFDLENGTH, then AFDPART, the address with its trailing zero octets
/// left out. In text (RFC 3123 §5) each item is <c>[!]afi:address/prefix</c>; an APL with no items is valid and has
/// empty RDATA.
/// <see href="https://www.rfc-editor.org/rfc/rfc3123#section-4"/>
/// </summary>
/// <remarks>
/// Immutable. Address families other than 1 and 2 have no text form, and are refused in wire form too, as BIND
/// refuses them; so is an AFDPART that ends in a zero octet or is longer than the address (RFC 3123 §4.1).
/// </remarks>
public sealed class AplData : RecordData
{
    /// <summary>Creates APL RDATA.</summary>
    public AplData(IEnumerable<AplItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
        foreach (var item in Items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }
    }

    /// <summary>The items, in order.</summary>
    public ImmutableArray<AplItem> Items { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.APL;

    internal static RecordData? Parse(RdataReader r)
    {
        var items = ImmutableArray.CreateBuilder<AplItem>();
        while (r.TryNext(out var token))
        {
            if (!TryParseItem(r.Text(token), out var item, out string? error))
            {
                r.Fail($"APL item {error}, found '{r.TextOf(token)}'");
                return null;
            }

            items.Add(item);
        }

        return new AplData(items.ToImmutable());
    }

    private static bool TryParseItem(ReadOnlySpan<byte> text, out AplItem item, out string? error)
    {
        item = null!;
        error = "must be [!]afi:address/prefix, such as 1:192.0.2.0/24 or !2:2001:db8::/32 (RFC 3123 §5)";
        bool negated = text.Length > 0 && text[0] == (byte)'!';
        if (negated)
        {
            text = text[1..];
        }

        int colon = text.IndexOf((byte)':'), slash = text.LastIndexOf((byte)'/');
        if (colon <= 0 || slash < colon || !RdataReader.TryParseNumber(text[..colon], ushort.MaxValue, out ulong family)
            || !RdataReader.TryParseNumber(text[(slash + 1)..], byte.MaxValue, out ulong prefix))
        {
            return false;
        }

        var addressText = text[(colon + 1)..slash];
        IPAddress? address;
        switch (family)
        {
            case AplItem.IPv4Family:
                if (!AData.TryParseDottedQuad(addressText, out address))
                {
                    error = "of family 1 must hold an IPv4 address";
                    return false;
                }

                break;
            case AplItem.IPv6Family:
                if (!AaaaData.TryParseIPv6(addressText, out address))
                {
                    error = "of family 2 must hold an IPv6 address";
                    return false;
                }

                break;
            default:
                error = "address family must be 1 (IPv4) or 2 (IPv6)";
                return false;
        }

        int max = family == AplItem.IPv4Family ? 32 : 128;
        if ((int)prefix > max)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"prefix length must be 0 to {max} for family {family}");
            return false;
        }

        item = new AplItem(negated, address, (byte)prefix);
        error = null;
        return true;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var items = ImmutableArray.CreateBuilder<AplItem>();
        while (!r.AtEnd)
        {
            ushort family = r.ReadUInt16();
            byte prefix = r.ReadUInt8();
            byte nLength = r.ReadUInt8();
            int length = nLength & 0x7F;
            var part = r.ReadBytes(length);
            if (r.Failed)
            {
                return null;
            }

            int size = family switch { AplItem.IPv4Family => 4, AplItem.IPv6Family => 16, _ => 0 };
            if (size == 0)
            {
                r.Fail(string.Create(CultureInfo.InvariantCulture, $"APL address family {family} is not supported (1 IPv4, 2 IPv6)"));
                return null;
            }

            if (length > size || prefix > size * 8)
            {
                r.Fail(string.Create(CultureInfo.InvariantCulture, $"APL item of family {family} has {length} address octets and prefix length {prefix}; at most {size} and {size * 8}"));
                return null;
            }

            if (length > 0 && part[^1] == 0)
            {
                r.Fail("APL address part ends with a zero octet, which must be left out (RFC 3123 §4.1)");
                return null;
            }

            var bytes = new byte[size];
            part.CopyTo(bytes, 0);
            items.Add(new AplItem((nLength & 0x80) != 0, new IPAddress(bytes), prefix));
        }

        return new AplData(items.ToImmutable());
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        Span<byte> bytes = stackalloc byte[16];
        foreach (var item in Items)
        {
            item.Address.TryWriteBytes(bytes, out int written);
            int length = written;
            while (length > 0 && bytes[length - 1] == 0)
            {
                length--;
            }

            writer.WriteUInt16(item.Family);
            writer.WriteUInt8(item.PrefixLength);
            writer.WriteUInt8((byte)((item.IsNegated ? 0x80 : 0) | length));
            writer.WriteBytes(bytes[..length]);
        }
    }

    internal override void WriteText(StringBuilder builder)
    {
        for (int i = 0; i < Items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Items[i].ToString());
        }
    }
}

/// <summary>One item of an APL record (RFC 3123 §4): an address prefix, possibly negated.</summary>
public sealed class AplItem
{
    /// <summary>Address family 1: IPv4.</summary>
    public const ushort IPv4Family = 1;

    /// <summary>Address family 2: IPv6.</summary>
    public const ushort IPv6Family = 2;

    /// <summary>Creates an item.</summary>
    /// <exception cref="ArgumentException">The address is neither IPv4 nor IPv6, or the prefix is longer than it.</exception>
    public AplItem(bool isNegated, IPAddress address, byte prefixLength)
    {
        ArgumentNullException.ThrowIfNull(address);
        Family = address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IPv4Family,
            AddressFamily.InterNetworkV6 => IPv6Family,
            _ => throw new ArgumentException("An APL item holds an IPv4 or IPv6 address.", nameof(address)),
        };

        if (prefixLength > (Family == IPv4Family ? 32 : 128))
        {
            throw new ArgumentException("The prefix is longer than the address.", nameof(prefixLength));
        }

        IsNegated = isNegated;
        Address = address;
        PrefixLength = prefixLength;
    }

    /// <summary>Whether the item excludes the prefix (written with a leading <c>!</c>).</summary>
    public bool IsNegated { get; }

    /// <summary>The address family: <see cref="IPv4Family"/> or <see cref="IPv6Family"/>.</summary>
    public ushort Family { get; }

    /// <summary>The address.</summary>
    public IPAddress Address { get; }

    /// <summary>The prefix length in bits.</summary>
    public byte PrefixLength { get; }

    /// <summary>The item in presentation form: <c>[!]afi:address/prefix</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(IsNegated ? "!" : string.Empty)}{Family}:{Address}/{PrefixLength}");
}
