using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// The gateway of IPSECKEY (RFC 4025 §2.3, §2.5) and the relay of AMTRELAY (RFC 8777 §4.2.3, §4.2.4): a type field
/// says what follows, 0 nothing (written <c>.</c>), 1 a 32-bit IPv4 address, 2 a 128-bit IPv6 address, 3 an
/// uncompressed name. Other types are not defined, and are refused. Neither RFC lists the name for lower-casing in
/// canonical form.
/// </summary>
internal static class GatewayField
{
    public const byte None = 0;
    public const byte IPv4 = 1;
    public const byte IPv6 = 2;
    public const byte Name = 3;

    /// <summary>The type that fits the arguments; throws when both are given or the address is neither IPv4 nor IPv6.</summary>
    public static byte TypeOf(IPAddress? address, DomainName? name, string parameter)
    {
        if (address is not null && name is not null)
        {
            throw new ArgumentException("Give an address or a name, not both.", parameter);
        }

        return address?.AddressFamily switch
        {
            null => name is null ? None : Name,
            AddressFamily.InterNetwork => IPv4,
            AddressFamily.InterNetworkV6 => IPv6,
            _ => throw new ArgumentException("The address must be IPv4 or IPv6.", parameter),
        };
    }

    /// <summary>Checks a type field just read (the error points at it).</summary>
    public static bool CheckType(RdataReader r, string what, ulong type) =>
        type <= Name || r.Fail(string.Create(CultureInfo.InvariantCulture, $"{what} type must be 0 (none), 1 (IPv4), 2 (IPv6) or 3 (name), found {type}"));

    /// <summary>Reads the gateway written for <paramref name="type"/>, which <see cref="CheckType"/> accepted.</summary>
    public static bool Parse(RdataReader r, string what, byte type, out IPAddress? address, out DomainName? name)
    {
        address = null;
        name = null;
        if (!r.Next(what, out var token))
        {
            return false;
        }

        var text = r.Text(token);
        switch (type)
        {
            case None:
                return (text.Length == 1 && text[0] == (byte)'.') || r.Fail($"{what} must be '.' when its type is 0 (none), found '{r.TextOf(token)}'");
            case IPv4:
                if (!AData.TryParseDottedQuad(text, out IPAddress v4))
                {
                    return r.Fail($"{what} of type 1 must be an IPv4 address, found '{r.TextOf(token)}'");
                }

                address = v4;
                return true;
            case IPv6:
                if (!AaaaData.TryParseIPv6(text, out var v6))
                {
                    return r.Fail($"{what} of type 2 must be an IPv6 address, found '{r.TextOf(token)}'");
                }

                address = v6;
                return true;
            default:
                if (!r.ParseName(token, what, out var n))
                {
                    return false;
                }

                name = n;
                return true;
        }
    }

    public static bool Read(ref WireReader r, string what, byte type, out IPAddress? address, out DomainName? name)
    {
        address = null;
        name = null;
        switch (type)
        {
            case None:
                return true;
            case IPv4:
                var v4 = r.ReadBytes(4);
                address = r.Failed ? null : new IPAddress(v4);
                return !r.Failed;
            case IPv6:
                var v6 = r.ReadBytes(16);
                address = r.Failed ? null : new IPAddress(v6);
                return !r.Failed;
            case Name:
                name = r.ReadName();
                return !r.Failed;
            default:
                return r.Fail(string.Create(CultureInfo.InvariantCulture, $"{what} type {type} is not defined (0 none, 1 IPv4, 2 IPv6, 3 name)"));
        }
    }

    public static void Write(WireWriter writer, WireForm form, IPAddress? address, DomainName? name)
    {
        if (address is not null)
        {
            Span<byte> bytes = stackalloc byte[16];
            address.TryWriteBytes(bytes, out int written);
            writer.WriteBytes(bytes[..written]);
        }
        else if (name is not null)
        {
            writer.WriteName(name, form, canonicalListed: false);
        }
    }

    public static void Append(StringBuilder builder, IPAddress? address, DomainName? name)
    {
        if (address is not null)
        {
            builder.Append(address);
        }
        else if (name is not null)
        {
            builder.Append(name);
        }
        else
        {
            builder.Append('.');
        }
    }
}
