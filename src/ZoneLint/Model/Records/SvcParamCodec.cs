using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Unicode;
using ZoneLint.Parsing;
using ZoneLint.Text;

namespace ZoneLint.Model.Records;

/// <summary>
/// SvcParam values of SVCB and HTTPS (RFC 9460 §7 and §8, RFC 9461 §5, RFC 9540 §4, RFC 9953, and the drafts for
/// <c>tls-supported-groups</c>, <c>pvd</c> and <c>oots</c>): their presentation syntax, including the comma-separated
/// lists with <c>\,</c> and <c>\\</c> escapes of RFC 9460 Appendix A.1, and the checks on their wire values.
/// </summary>
/// <remarks>
/// One validator (<see cref="ValidateValue"/> and <see cref="ValidateSet"/>) serves text and wire input alike, so
/// RDATA read from <c>\#</c> data is held to the same rules as RDATA read from text.
/// </remarks>
internal static class SvcParamCodec
{
    private const ushort Mandatory = 0, Alpn = 1, NoDefaultAlpn = 2, Port = 3, Ipv4Hint = 4, Ech = 5, Ipv6Hint = 6,
        DohPath = 7, Ohttp = 8, TlsSupportedGroups = 9, DocPath = 10, Pvd = 11, Oots = 12, Invalid = 65535;

    private static string Name(ushort key) => new SvcParamKey(key).ToString();

    /// <summary>Checks a wire value against the rules of its key; returns why it is invalid, or <see langword="null"/>.</summary>
    public static string? ValidateValue(ushort key, ReadOnlySpan<byte> value)
    {
        switch (key)
        {
            case Mandatory:
                if (value.IsEmpty || (value.Length & 1) != 0)
                {
                    return "mandatory must list at least one key, as 16-bit numbers";
                }

                int last = -1;
                for (int i = 0; i < value.Length; i += 2)
                {
                    int k = BinaryPrimitives.ReadUInt16BigEndian(value[i..]);
                    if (k == Mandatory)
                    {
                        return "mandatory must not list itself (RFC 9460 §8)";
                    }

                    if (k <= last)
                    {
                        return k == last
                            ? $"mandatory lists {Name((ushort)k)} twice (RFC 9460 §8)"
                            : "the keys in mandatory must be in increasing order in wire form (RFC 9460 §8)";
                    }

                    last = k;
                }

                return null;
            case Alpn:
                return value.IsEmpty ? "alpn must list at least one protocol id" : ValidateStrings(value, "alpn");
            case NoDefaultAlpn:
            case Ohttp:
            case Pvd:
                return value.IsEmpty ? null : $"{Name(key)} takes no value";
            case Port:
                return value.Length == 2 ? null : "port must be a 16-bit number";
            case Ipv4Hint:
                return value.Length > 0 && value.Length % 4 == 0 ? null : "ipv4hint must hold one or more IPv4 addresses";
            case Ipv6Hint:
                return value.Length > 0 && value.Length % 16 == 0 ? null : "ipv6hint must hold one or more IPv6 addresses";
            case DohPath:
                if (value.IsEmpty)
                {
                    return "dohpath must not be empty: it is a URI template (RFC 9461 §5)";
                }

                return Utf8.IsValid(value) ? null : "dohpath must be UTF-8 (RFC 9461 §5)";
            case TlsSupportedGroups:
                if (value.IsEmpty || (value.Length & 1) != 0)
                {
                    return "tls-supported-groups must list at least one group, as 16-bit numbers";
                }

                // SECURITY: a set, not a scan per group: a value lists up to 32,767 groups.
                var groups = new HashSet<ushort>();
                for (int i = 0; i < value.Length; i += 2)
                {
                    if (!groups.Add(BinaryPrimitives.ReadUInt16BigEndian(value[i..])))
                    {
                        return $"tls-supported-groups lists group {BinaryPrimitives.ReadUInt16BigEndian(value[i..])} twice";
                    }
                }

                return null;
            case DocPath:
                return value.IsEmpty ? null : ValidateStrings(value, "docpath");
            case Oots:
                return ValidateOots(value);
            case Invalid:
                return "key65535 is reserved as invalid (RFC 9460 §14.3.2)";
            default:
                return null;
        }
    }

    /// <summary>Sequences of non-empty length-prefixed strings (alpn, docpath).</summary>
    private static string? ValidateStrings(ReadOnlySpan<byte> value, string what)
    {
        int i = 0;
        while (i < value.Length)
        {
            int length = value[i];
            if (length == 0)
            {
                return $"{what} has an empty item";
            }

            if (i + 1 + length > value.Length)
            {
                return $"{what} has an item that runs past the end of its value";
            }

            i += 1 + length;
        }

        return null;
    }

    private static string? ValidateOots(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return "oots must list at least one transport:percentage pair";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < value.Length)
        {
            int length = value[i];
            if (length == 0 || i + 1 + length + 1 > value.Length)
            {
                return "oots has an empty or truncated transport";
            }

            string transport = Convert.ToHexString(value.Slice(i + 1, length));
            if (!seen.Add(transport))
            {
                return "oots lists a transport twice";
            }

            if (value[i + 1 + length] > 100)
            {
                return "oots has a percentage over 100";
            }

            i += length + 2;
        }

        return null;
    }

    /// <summary>Checks the parameters as a set (RFC 9460 §8): every key in mandatory is present. Keys must be sorted and distinct.</summary>
    public static string? ValidateSet(ReadOnlySpan<SvcParam> sorted)
    {
        SvcParam? mandatory = sorted.Length > 0 && sorted[0].Key.Value == Mandatory ? sorted[0] : null;
        if (mandatory is null)
        {
            return null;
        }

        var value = mandatory.Value.AsSpan();
        for (int i = 0; i + 1 < value.Length; i += 2)
        {
            ushort k = BinaryPrimitives.ReadUInt16BigEndian(value[i..]);
            if (IndexOf(sorted, k) < 0)
            {
                return $"mandatory lists {Name(k)}, but the record has no {Name(k)} parameter (RFC 9460 §8)";
            }
        }

        return null;
    }

    /// <summary>Where <paramref name="key"/> is in <paramref name="sorted"/>, parameters sorted by key; -1 when absent.</summary>
    /// <remarks>SECURITY: a binary search, not a scan: a record can hold thousands of parameters and list them all as mandatory.</remarks>
    public static int IndexOf(ReadOnlySpan<SvcParam> sorted, ushort key)
    {
        int lo = 0, hi = sorted.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = sorted[mid].Key.Value.CompareTo(key);
            if (c == 0)
            {
                return mid;
            }

            (lo, hi) = c < 0 ? (mid + 1, hi) : (lo, mid - 1);
        }

        return -1;
    }

    /// <summary>
    /// Turns a presentation value (already decoded as a character-string; empty for <c>key</c>, <c>key=</c> and <c>key=""</c>
    /// alike, RFC 9460 §2.1) into the wire value of <paramref name="key"/>.
    /// <paramref name="generic"/> is set when the key was written as <c>keyNNNNN</c>: the value is then taken as opaque octets
    /// (RFC 9460 §2.1) and only checked against the key's wire rules.
    /// </summary>
    public static bool TryParseValue(ushort key, bool generic, ReadOnlySpan<byte> value, out byte[] wire, out string? error)
    {
        wire = [];
        error = null;
        if (generic || key > Oots)
        {
            wire = value.ToArray();
        }
        else
        {
            error = key switch
            {
                Mandatory => ParseMandatory(value, out wire),
                Alpn => value.IsEmpty ? Missing(key, "a comma-separated list of protocol ids such as h2,h3") : ParseStringList(value, "alpn", out wire),
                NoDefaultAlpn or Ohttp or Pvd => value.IsEmpty ? null : $"{Name(key)} takes no value, found '{Show(value)}'",
                Port => value.IsEmpty ? Missing(key, "a port number") : ParsePort(value, out wire),
                Ipv4Hint => value.IsEmpty ? Missing(key, "a comma-separated list of IPv4 addresses") : ParseAddresses(value, v4: true, out wire),
                Ech => ParseBase64(value, out wire),
                Ipv6Hint => value.IsEmpty ? Missing(key, "a comma-separated list of IPv6 addresses") : ParseAddresses(value, v4: false, out wire),
                DohPath => value.IsEmpty ? Missing(key, "a URI template such as /dns-query{?dns}") : Copy(value, out wire),
                TlsSupportedGroups => value.IsEmpty ? Missing(key, "a comma-separated list of TLS group numbers (an empty list is invalid)") : ParseGroups(value, out wire),
                DocPath => value.IsEmpty ? null : ParseStringList(value, "docpath", out wire),
                Oots => value.IsEmpty ? Missing(key, "a comma-separated list of transport:percentage pairs") : ParseOots(value, out wire),
                _ => null,
            };

            if (error is not null)
            {
                return false;
            }
        }

        if (wire.Length > ushort.MaxValue)
        {
            error = $"the value of {Name(key)} is {wire.Length} octets long; a SvcParamValue holds at most 65535";
            return false;
        }

        error = ValidateValue(key, wire);
        if (error is not null && generic)
        {
            error = $"key{key} written in generic form is not a valid {Name(key)} value: {error}";
        }

        return error is null;
    }

    private static string Missing(ushort key, string what) => $"{Name(key)} is missing a value: {what} was expected";

    private static string Show(ReadOnlySpan<byte> value)
    {
        var sb = new StringBuilder();
        AppendEscaped(sb, value.Length > 60 ? value[..60] : value);
        return sb.ToString();
    }

    private static string? Copy(ReadOnlySpan<byte> value, out byte[] wire)
    {
        wire = value.ToArray();
        return null;
    }

    /// <summary>Splits a comma-separated list (RFC 9460 Appendix A.1): <c>\,</c> and <c>\\</c> stand for themselves inside an item.</summary>
    private static string? SplitEscapedList(ReadOnlySpan<byte> value, string what, List<byte[]> items)
    {
        var item = new List<byte>();
        for (int i = 0; i < value.Length; i++)
        {
            byte b = value[i];
            if (b == (byte)'\\')
            {
                if (i + 1 >= value.Length || value[i + 1] is not ((byte)',' or (byte)'\\'))
                {
                    return $"{what} has a '\\' that is not followed by ',' or '\\' (RFC 9460 Appendix A.1)";
                }

                item.Add(value[++i]);
            }
            else if (b == (byte)',')
            {
                items.Add([.. item]);
                item.Clear();
            }
            else
            {
                item.Add(b);
            }
        }

        items.Add([.. item]);
        return null;
    }

    private static string? ParseStringList(ReadOnlySpan<byte> value, string what, out byte[] wire)
    {
        wire = [];
        var items = new List<byte[]>();
        if (SplitEscapedList(value, what, items) is { } error)
        {
            return error;
        }

        var buffer = new List<byte>();
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                return $"{what} has an empty item in '{Show(value)}' (RFC 9460 §7.1.1)";
            }

            if (item.Length > 255)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{what} has an item of {item.Length} octets; the limit is 255");
            }

            buffer.Add((byte)item.Length);
            buffer.AddRange(item);
        }

        wire = [.. buffer];
        return null;
    }

    private static string? ParseMandatory(ReadOnlySpan<byte> value, out byte[] wire)
    {
        wire = [];
        if (value.IsEmpty)
        {
            return Missing(Mandatory, "a comma-separated list of keys");
        }

        var keys = new List<ushort>();
        var seen = new HashSet<ushort>();
        foreach (var range in value.Split((byte)','))
        {
            var item = value[range];
            if (!SvcParamKey.TryParse(item, out var k))
            {
                return $"mandatory lists '{Show(item)}', which is not a SvcParamKey (a name such as alpn, or keyNNNNN)";
            }

            if (k.Value == Mandatory)
            {
                return "mandatory must not list itself (RFC 9460 §8)";
            }

            if (!seen.Add(k.Value))
            {
                return $"mandatory lists {k} twice (RFC 9460 §8)";
            }

            keys.Add(k.Value);
        }

        keys.Sort();
        wire = new byte[keys.Count * 2];
        for (int i = 0; i < keys.Count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(wire.AsSpan(i * 2), keys[i]);
        }

        return null;
    }

    private static string? ParsePort(ReadOnlySpan<byte> value, out byte[] wire)
    {
        wire = [];
        if (!RdataReader.TryParseNumber(value, ushort.MaxValue, out ulong port))
        {
            return $"port must be a number from 0 to 65535, found '{Show(value)}'";
        }

        wire = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(wire, (ushort)port);
        return null;
    }

    private static string? ParseAddresses(ReadOnlySpan<byte> value, bool v4, out byte[] wire)
    {
        wire = [];
        var buffer = new List<byte>();
        Span<byte> bytes = stackalloc byte[16];
        foreach (var range in value.Split((byte)','))
        {
            var item = value[range];
            IPAddress address;
            bool ok = v4 ? AData.TryParseDottedQuad(item, out address) : AaaaData.TryParseIPv6(item, out address);
            if (!ok)
            {
                return v4
                    ? $"ipv4hint has '{Show(item)}', which is not an IPv4 address (four decimal numbers 0-255 separated by dots)"
                    : $"ipv6hint has '{Show(item)}', which is not an IPv6 address";
            }

            address.TryWriteBytes(bytes, out int written);
            buffer.AddRange(bytes[..written]);
        }

        wire = [.. buffer];
        return null;
    }

    private static string? ParseBase64(ReadOnlySpan<byte> value, out byte[] wire)
    {
        if (value.IsEmpty)
        {
            wire = [];
            return null;
        }

        return BinaryText.TryDecodeBase64(value, out wire) ? null : $"ech value '{Show(value)}' is not valid Base64";
    }

    private static string? ParseGroups(ReadOnlySpan<byte> value, out byte[] wire)
    {
        wire = [];
        var groups = new List<ushort>();
        var seen = new HashSet<ushort>();
        foreach (var range in value.Split((byte)','))
        {
            var item = value[range];
            if (!RdataReader.TryParseNumber(item, ushort.MaxValue, out ulong g))
            {
                return $"tls-supported-groups has '{Show(item)}', which is not a number from 0 to 65535";
            }

            if (!seen.Add((ushort)g))
            {
                return $"tls-supported-groups lists group {g} twice; a list with duplicates is invalid";
            }

            groups.Add((ushort)g);
        }

        // Order is the server's preference (draft-ietf-tls-key-share-prediction §3.1), so it is kept.
        wire = new byte[groups.Count * 2];
        for (int i = 0; i < groups.Count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(wire.AsSpan(i * 2), groups[i]);
        }

        return null;
    }

    private static string? ParseOots(ReadOnlySpan<byte> value, out byte[] wire)
    {
        wire = [];
        var items = new List<byte[]>();
        if (SplitEscapedList(value, "oots", items) is { } error)
        {
            return error;
        }

        var buffer = new List<byte>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            int colon = item.AsSpan().LastIndexOf((byte)':');
            if (colon < 0)
            {
                return $"oots item '{Show(item)}' is missing its percentage: transport:percentage was expected";
            }

            var transport = item.AsSpan(0, colon);
            var percent = item.AsSpan(colon + 1);
            if (transport.IsEmpty || transport.Length > 255)
            {
                return $"oots item '{Show(item)}' is missing its transport: transport:percentage was expected";
            }

            if (!RdataReader.TryParseNumber(percent, 100, out ulong p))
            {
                return $"oots item '{Show(item)}' has an invalid percentage: a number from 0 to 100 was expected";
            }

            if (!seen.Add(Convert.ToHexString(transport)))
            {
                return $"oots lists transport '{Show(transport)}' twice";
            }

            buffer.Add((byte)transport.Length);
            buffer.AddRange(transport);
            buffer.Add((byte)p);
        }

        wire = [.. buffer];
        return null;
    }

    /// <summary>Appends <c>key</c> or <c>key=value</c> in presentation form.</summary>
    public static void AppendParam(StringBuilder sb, SvcParam param)
    {
        ushort key = param.Key.Value;
        var value = param.Value.AsSpan();
        sb.Append(param.Key.ToString());
        switch (key)
        {
            case NoDefaultAlpn or Ohttp or Pvd:
                return;
            case Mandatory:
                sb.Append('=');
                for (int i = 0; i < value.Length; i += 2)
                {
                    sb.Append(i > 0 ? "," : string.Empty).Append(new SvcParamKey(BinaryPrimitives.ReadUInt16BigEndian(value[i..])));
                }

                return;
            case Alpn or DocPath:
                if (!value.IsEmpty)
                {
                    sb.Append("=\"");
                    AppendStringList(sb, value);
                    sb.Append('"');
                }

                return;
            case Port:
                sb.Append('=').Append(BinaryPrimitives.ReadUInt16BigEndian(value));
                return;
            case Ipv4Hint or Ipv6Hint:
                int size = key == Ipv4Hint ? 4 : 16;
                sb.Append('=');
                for (int i = 0; i < value.Length; i += size)
                {
                    sb.Append(i > 0 ? "," : string.Empty).Append(new IPAddress(value.Slice(i, size)));
                }

                return;
            case Ech:
                if (!value.IsEmpty)
                {
                    sb.Append('=');
                    BinaryText.AppendBase64(sb, value);
                }

                return;
            case TlsSupportedGroups:
                sb.Append('=');
                for (int i = 0; i < value.Length; i += 2)
                {
                    sb.Append(i > 0 ? "," : string.Empty).Append(BinaryPrimitives.ReadUInt16BigEndian(value[i..]));
                }

                return;
            case Oots:
                sb.Append("=\"");
                for (int i = 0; i < value.Length;)
                {
                    int length = value[i];
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    AppendListItem(sb, value.Slice(i + 1, length));
                    sb.Append(':').Append(value[i + 1 + length]);
                    i += length + 2;
                }

                sb.Append('"');
                return;
            default:
                if (!value.IsEmpty)
                {
                    sb.Append("=\"");
                    AppendEscaped(sb, value);
                    sb.Append('"');
                }

                return;
        }
    }

    private static void AppendStringList(StringBuilder sb, ReadOnlySpan<byte> value)
    {
        for (int i = 0; i < value.Length;)
        {
            int length = value[i];
            if (i > 0)
            {
                sb.Append(',');
            }

            AppendListItem(sb, value.Slice(i + 1, length));
            i += length + 1;
        }
    }

    /// <summary>One list item inside a quoted value: <c>,</c> and <c>\</c> escaped for the list (<c>\,</c>, <c>\\</c>), then for the character-string.</summary>
    private static void AppendListItem(StringBuilder sb, ReadOnlySpan<byte> item)
    {
        foreach (byte b in item)
        {
            if (b == (byte)',')
            {
                sb.Append("\\\\,");
            }
            else if (b == (byte)'\\')
            {
                sb.Append("\\\\\\\\");
            }
            else
            {
                AppendEscapedByte(sb, b);
            }
        }
    }

    /// <summary>Octets as the inside of a quoted character-string: <c>"</c> and <c>\</c> escaped, others outside printable ASCII as <c>\DDD</c>.</summary>
    private static void AppendEscaped(StringBuilder sb, ReadOnlySpan<byte> value)
    {
        foreach (byte b in value)
        {
            AppendEscapedByte(sb, b);
        }
    }

    private static void AppendEscapedByte(StringBuilder sb, byte b)
    {
        if (b is (byte)'"' or (byte)'\\')
        {
            sb.Append('\\').Append((char)b);
        }
        else if (b < 0x20 || b >= 0x7F)
        {
            sb.Append('\\').Append((char)('0' + (b / 100))).Append((char)('0' + (b / 10 % 10))).Append((char)('0' + (b % 10)));
        }
        else
        {
            sb.Append((char)b);
        }
    }
}
