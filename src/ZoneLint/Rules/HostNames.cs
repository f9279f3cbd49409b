using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Model;

namespace ZoneLint.Rules;

/// <summary>Host-name syntax (RFC 952, RFC 1123 §2.1) and names that are really IP addresses.</summary>
internal static class HostNames
{
    /// <summary>
    /// Whether <paramref name="name"/> is a valid host name: every label is letters, digits and hyphens (LDH), starts and
    /// ends with a letter or digit (RFC 952, with RFC 1123 §2.1 allowing a leading digit), and the top-level label is not
    /// all digits ("a valid host name can never have the dotted-decimal form #.#.#.#", RFC 1123 §2.1). The root is not a host name.
    /// </summary>
    public static bool IsValidHostName(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.IsRoot)
        {
            return false;
        }

        var wire = name.Wire;
        int offset = 0;
        ReadOnlySpan<byte> last = default;
        while (wire[offset] != 0)
        {
            var label = wire.Slice(offset + 1, wire[offset]);
            if (!IsLdhLabel(label))
            {
                return false;
            }

            last = label;
            offset += wire[offset] + 1;
        }

        return !IsAllDigits(last);
    }

    /// <summary>The first label of <paramref name="name"/> that breaks the LDH rule, for messages; <see langword="null"/> if none does.</summary>
    public static string? FirstInvalidLabel(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wire = name.Wire;
        for (int offset = 0; wire[offset] != 0; offset += wire[offset] + 1)
        {
            var label = wire.Slice(offset + 1, wire[offset]);
            if (!IsLdhLabel(label))
            {
                return new DomainName([.. wire.Slice(offset, wire[offset] + 1), 0]).ToString().TrimEnd('.');
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is an IP address written where a host name belongs: <c>192.0.2.1.</c> written
    /// absolute, or <c>192.0.2.1</c> written relative so the origin was appended (the suffix is then a name in the zone),
    /// or an IPv6 address as the first label. BIND's <c>check-mx</c> looks for the same mistake.
    /// </summary>
    public static bool TryGetAddress(DomainName name, DomainName origin, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(origin);
        address = null;
        if (name.IsRoot)
        {
            return false;
        }

        var wire = name.Wire;

        // IPv6: one label holding colons (the parser keeps ':' as an ordinary character).
        var first = wire.Slice(1, wire[0]);
        if (first.Contains((byte)':') && IsSuffixAllowed(wire[(wire[0] + 1)..], origin)
            && IPAddress.TryParse(Encoding.ASCII.GetString(first), out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6)
        {
            address = v6;
            return true;
        }

        // IPv4: four labels, each a decimal number from 0 to 255.
        Span<byte> octets = stackalloc byte[4];
        int offset = 0;
        for (int i = 0; i < 4; i++)
        {
            int length = wire[offset];
            if (length == 0 || !TryParseOctet(wire.Slice(offset + 1, length), out octets[i]))
            {
                return false;
            }

            offset += length + 1;
        }

        if (!IsSuffixAllowed(wire[offset..], origin))
        {
            return false;
        }

        address = new IPAddress(octets);
        return true;
    }

    /// <summary>What may follow the address: nothing (written absolute) or a name in the zone that does not start with a number (written relative to an origin).</summary>
    private static bool IsSuffixAllowed(ReadOnlySpan<byte> suffix, DomainName origin)
    {
        if (suffix.Length == 1)
        {
            return true;
        }

        // 1.2.3.4.5 is not an address with an origin appended: the address must be all the numeric labels there are.
        return !IsAllDigits(suffix.Slice(1, suffix[0])) && new DomainName(suffix.ToArray()).IsSubdomainOf(origin);
    }

    private static bool TryParseOctet(ReadOnlySpan<byte> label, out byte value)
    {
        value = 0;
        if (label.Length is 0 or > 3 || !IsAllDigits(label))
        {
            return false;
        }

        int n = int.Parse(Encoding.ASCII.GetString(label), NumberStyles.None, CultureInfo.InvariantCulture);
        if (n > 255)
        {
            return false;
        }

        value = (byte)n;
        return true;
    }

    private static bool IsLdhLabel(ReadOnlySpan<byte> label)
    {
        if (label.IsEmpty || label[0] == (byte)'-' || label[^1] == (byte)'-')
        {
            return false;
        }

        foreach (byte b in label)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b == (byte)'-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<byte> label)
    {
        foreach (byte b in label)
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }
        }

        return !label.IsEmpty;
    }
}
