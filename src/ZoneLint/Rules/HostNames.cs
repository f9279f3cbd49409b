using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Model;
using ZoneLint.Text;

namespace ZoneLint.Rules;

/// <summary>
/// Host name syntax: RFC 952 as relaxed by RFC 1123 §2.1. Every label is letters, digits and hyphens ("LDH"), and
/// neither starts nor ends with a hyphen; a label may start with a digit (the RFC 1123 change), but the top-level label
/// is not all digits ("a valid host name can never have the dotted-decimal form #.#.#.#"). Also: names that are really
/// IP addresses.
/// </summary>
/// <remarks>Lengths (63 per label, 255 per name) are enforced by <see cref="DomainName"/> itself.</remarks>
internal static class HostNames
{
    /// <summary>Whether <paramref name="name"/> is a valid host name; with <paramref name="allowWildcard"/>, a leftmost <c>*</c> label is accepted.</summary>
    internal static bool IsValidHostName(DomainName name, bool allowWildcard = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        return HostNameSyntax.IsValid(name, allowWildcard);
    }

    /// <summary>The first label of <paramref name="name"/> that breaks the LDH rule, for messages; <see langword="null"/> if none does.</summary>
    internal static string? FirstInvalidLabel(DomainName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wire = name.Wire;
        for (int offset = 0; wire[offset] != 0; offset += wire[offset] + 1)
        {
            var label = wire.Slice(offset + 1, wire[offset]);
            if (LabelFault(label, out _) != Fault.None)
            {
                return Show(label);
            }
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="name"/> is not a valid host name, as a message argument that puts it in words when the message
    /// is read (<see cref="FindProblem"/>), or <see langword="null"/> when it is one.
    /// </summary>
    /// <remarks>PERF: a zone of 442,000 misspelt host names kept 64 MB of these words until its report.</remarks>
    internal static Problem? ProblemOf(DomainName name, bool allowWildcard)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Locate(name, allowWildcard, out _, out _) == Fault.None ? null : new Problem(name, allowWildcard);
    }

    /// <summary>Why <paramref name="name"/> is not a valid host name, in words, or <see langword="null"/> when it is one.</summary>
    internal static string? FindProblem(DomainName name, bool allowWildcard)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Locate(name, allowWildcard, out var label, out byte bad) switch
        {
            Fault.None => null,
            Fault.Root => "the root is not a host name",
            Fault.Wildcard => "'*' is only a wildcard as the whole leftmost label",
            Fault.Character => $"label '{Show(label)}' contains '{ShowChar(bad)}' (only letters, digits and '-' are allowed)",
            Fault.LeadingHyphen => $"label '{Show(label)}' starts with '-'",
            Fault.TrailingHyphen => $"label '{Show(label)}' ends with '-'",
            _ => $"the top-level label '{Show(label)}' is all digits",
        };
    }

    /// <summary>What breaks the host name rules in <paramref name="name"/>, and in which label (and octet).</summary>
    private static Fault Locate(DomainName name, bool allowWildcard, out ReadOnlySpan<byte> label, out byte bad)
    {
        label = default;
        bad = 0;
        if (HostNameSyntax.IsValid(name, allowWildcard))
        {
            return Fault.None;
        }

        if (name.IsRoot)
        {
            return Fault.Root;
        }

        var wire = name.Wire;
        int offset = 0;
        bool leftmost = true;
        while (wire[offset] != 0)
        {
            label = wire.Slice(offset + 1, wire[offset]);
            offset += wire[offset] + 1;
            if (leftmost && allowWildcard && label is [(byte)'*'])
            {
                leftmost = false;
                continue;
            }

            leftmost = false;
            if (LabelFault(label, out bad) is not Fault.None and var fault)
            {
                return fault;
            }
        }

        return IsAllDigits(label) ? Fault.AllDigitTopLabel : Fault.None;
    }

    private static Fault LabelFault(ReadOnlySpan<byte> label, out byte bad)
    {
        bad = 0;
        if (label is [(byte)'*'])
        {
            return Fault.Wildcard;
        }

        foreach (byte b in label)
        {
            if (!IsLetterOrDigit(b) && b != (byte)'-')
            {
                bad = b;
                return Fault.Character;
            }
        }

        return label[0] == (byte)'-' ? Fault.LeadingHyphen : label[^1] == (byte)'-' ? Fault.TrailingHyphen : Fault.None;
    }

    private static bool IsLetterOrDigit(byte b) => HostNameSyntax.IsLetterOrDigit(b);

    private static string Show(ReadOnlySpan<byte> label)
    {
        var sb = new StringBuilder(label.Length + 4);
        NameText.AppendLabel(label, sb);
        return sb.ToString();
    }

    private static string ShowChar(byte b) => b is > 0x20 and < 0x7F ? ((char)b).ToString() : Show([b]);

    /// <summary>
    /// Whether <paramref name="name"/> is an IP address written where a host name belongs: <c>192.0.2.1.</c> written
    /// absolute, or <c>192.0.2.1</c> written relative so the origin was appended (the suffix is then a name in the zone),
    /// or an IPv6 address as the first label. BIND's <c>check-mx</c> looks for the same mistake.
    /// </summary>
    internal static bool TryGetAddress(DomainName name, DomainName origin, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPAddress? address)
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

    /// <summary>Why a name is not a host name (<see cref="FindProblem"/>), put in words when read.</summary>
    internal sealed class Problem(DomainName name, bool allowWildcard) : Engine.IMessagePart
    {
        public override string ToString() => FindProblem(name, allowWildcard) ?? string.Empty;
    }

    private enum Fault : byte
    {
        None,
        Root,
        Wildcard,
        Character,
        LeadingHyphen,
        TrailingHyphen,
        AllDigitTopLabel,
    }
}
