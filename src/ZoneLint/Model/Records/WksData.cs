using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// WKS RDATA (RFC 1035 §3.4.2): a 32-bit IPv4 ADDRESS, an 8-bit IP PROTOCOL number, then a variable-length BIT MAP in
/// which bit n (most significant bit of the first octet is bit 0) says that port n offers a service. In text the
/// protocol and the services are numbers or names (<c>192.0.2.1 tcp smtp 80</c>), from a small built-in table of common
/// names, as BIND and NSD look them up in the system's
/// protocols and services databases. Printed as numbers, ports in increasing order, as BIND and dnspython print them.
/// <see href="https://www.rfc-editor.org/rfc/rfc1035#section-3.4.2"/>
/// </summary>
/// <remarks>
/// Immutable; the ports are sorted and distinct, and the bit map is written without trailing zero octets (trailing
/// zeros read from wire form are dropped, so equal services compare equal).
/// </remarks>
public sealed class WksData : RecordData
{
    private static readonly (string Name, ushort Value)[] Protocols =
    [
        ("icmp", 1), ("igmp", 2), ("ggp", 3), ("ipencap", 4), ("st", 5), ("tcp", 6), ("egp", 8), ("pup", 12), ("udp", 17),
        ("hmp", 20), ("xns-idp", 22), ("rdp", 27), ("iso-tp4", 29), ("xtp", 36), ("ddp", 37), ("idpr-cmtp", 38), ("ipv6", 41),
        ("rsvp", 46), ("gre", 47), ("esp", 50), ("ah", 51), ("ipv6-icmp", 58), ("ospf", 89), ("pim", 103), ("sctp", 132),
    ];

    private static readonly (string Name, ushort Value)[] Services =
    [
        ("tcpmux", 1), ("echo", 7), ("discard", 9), ("systat", 11), ("daytime", 13), ("netstat", 15), ("qotd", 17),
        ("chargen", 19), ("ftp-data", 20), ("ftp", 21), ("ssh", 22), ("telnet", 23), ("smtp", 25), ("time", 37),
        ("rlp", 39), ("nameserver", 42), ("whois", 43), ("nicname", 43), ("tacacs", 49), ("domain", 53), ("bootps", 67),
        ("bootpc", 68), ("tftp", 69), ("gopher", 70), ("finger", 79), ("http", 80), ("www", 80), ("kerberos", 88),
        ("supdup", 95), ("hostnames", 101), ("iso-tsap", 102), ("pop2", 109), ("pop3", 110), ("sunrpc", 111), ("auth", 113),
        ("sftp", 115), ("nntp", 119), ("ntp", 123), ("netbios-ns", 137), ("netbios-dgm", 138), ("netbios-ssn", 139),
        ("imap", 143), ("imap2", 143), ("snmp", 161), ("snmp-trap", 162), ("xdmcp", 177), ("bgp", 179), ("irc", 194),
        ("ldap", 389), ("https", 443), ("smtps", 465), ("submission", 587), ("ldaps", 636), ("domain-s", 853),
        ("imaps", 993), ("pop3s", 995),
    ];

    /// <summary>Creates WKS RDATA.</summary>
    /// <exception cref="ArgumentException">The address is not IPv4.</exception>
    public WksData(IPAddress address, byte protocol, IEnumerable<ushort> ports)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(ports);
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException("A WKS record holds an IPv4 address.", nameof(address));
        }

        Address = address;
        Protocol = protocol;
        Ports = [.. new SortedSet<ushort>(ports)];
    }

    /// <summary>The IPv4 address of the host.</summary>
    public IPAddress Address { get; }

    /// <summary>The IP protocol number (6 TCP, 17 UDP).</summary>
    public byte Protocol { get; }

    /// <summary>The ports whose bit is set, in increasing order.</summary>
    public ImmutableArray<ushort> Ports { get; }

    /// <inheritdoc/>
    public override RRType Type => RRType.WKS;

    internal static RecordData? Parse(RdataReader r)
    {
        if (!r.Next("WKS address", out var token))
        {
            return null;
        }

        if (!AData.TryParseDottedQuad(r.Text(token), out IPAddress address))
        {
            r.Fail($"WKS address must be an IPv4 address (four decimal numbers 0-255 separated by dots), found '{r.TextOf(token)}'");
            return null;
        }

        if (!r.Next("WKS protocol", out token))
        {
            return null;
        }

        if (!TryLookUp(r.Text(token), byte.MaxValue, Protocols, out ulong protocol))
        {
            r.Fail($"WKS protocol must be a number from 0 to 255 or a protocol name such as tcp or udp, found '{r.TextOf(token)}'");
            return null;
        }

        var ports = new List<ushort>();
        while (r.TryNext(out token))
        {
            if (!TryLookUp(r.Text(token), ushort.MaxValue, Services, out ulong port))
            {
                r.Fail($"WKS service must be a port number from 0 to 65535 or a service name such as smtp or domain, found '{r.TextOf(token)}'");
                return null;
            }

            ports.Add((ushort)port);
        }

        return new WksData(address, (byte)protocol, ports);
    }

    private static bool TryLookUp(ReadOnlySpan<byte> text, ulong max, (string Name, ushort Value)[] table, out ulong value)
    {
        if (text.Length > 0 && text[0] is >= (byte)'0' and <= (byte)'9')
        {
            return RdataReader.TryParseNumber(text, max, out value);
        }

        foreach (var (name, number) in table)
        {
            if (Ascii.EqualsIgnoreCase(text, name))
            {
                value = number;
                return true;
            }
        }

        value = 0;
        return false;
    }

    internal static RecordData? Read(ref WireReader r)
    {
        var address = r.ReadBytes(4);
        byte protocol = r.ReadUInt8();
        var bitmap = r.ReadRemaining();
        if (r.Failed)
        {
            return null;
        }

        if (bitmap.Length > 8192)
        {
            r.Fail(string.Create(CultureInfo.InvariantCulture, $"WKS bit map is {bitmap.Length} octets; 8192 cover every port"));
            return null;
        }

        var ports = new List<ushort>();
        for (int i = 0; i < bitmap.Length; i++)
        {
            for (int bit = 0; bit < 8; bit++)
            {
                if ((bitmap[i] & (0x80 >> bit)) != 0)
                {
                    ports.Add((ushort)((i << 3) | bit));
                }
            }
        }

        return new WksData(new IPAddress(address), protocol, ports);
    }

    internal override void WriteWire(WireWriter writer, WireForm form)
    {
        Span<byte> bytes = stackalloc byte[4];
        Address.TryWriteBytes(bytes, out _);
        writer.WriteBytes(bytes);
        writer.WriteUInt8(Protocol);
        if (Ports.IsEmpty)
        {
            return;
        }

        var bitmap = new byte[(Ports[^1] >> 3) + 1];
        foreach (ushort port in Ports)
        {
            bitmap[port >> 3] |= (byte)(0x80 >> (port & 7));
        }

        writer.WriteBytes(bitmap);
    }

    internal override void WriteText(StringBuilder builder)
    {
        builder.Append(Address).Append(' ').Append(Protocol);
        foreach (ushort port in Ports)
        {
            builder.Append(' ').Append(port);
        }
    }
}
