using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Delegation;

/// <summary>
/// An NS record names a host, never an address: "NSDNAME A &lt;domain-name&gt; which specifies a host which should be
/// authoritative for the specified class and domain" (RFC 1035 §3.3.11). BIND warns "appears to be an address" (-n).
/// </summary>
/// <remarks>
/// Both the whole target and, for a target inside the zone, the part before the origin are checked: <c>NS 192.0.2.1</c>
/// without a trailing dot becomes <c>192.0.2.1.example.com.</c>, the same mistake.
/// </remarks>
[ZoneRule("ZL5005", "NS target written as an IP address", "NS target '{0}' appears to be an address ({1}); name the server's host and give its address in A or AAAA records", RuleCategories.Delegation, DiagnosticSeverity.Warning)]
internal sealed class ZL5005NameServerIsAddress() : NodeRule(RRType.NS, NodeReads.Targets)
{
    public override void AnalyzeNode(RuleContext context, ZoneNode node)
    {
        var zone = context.Zone;
        foreach (var record in node.Get(RRType.NS))
        {
            var target = ((NsData)record.Data).Target;
            if (AddressIn(target, zone.Origin) is { } address)
            {
                context.Report(record, target, address);
            }
        }
    }

    /// <summary>The address <paramref name="name"/> spells, as a whole or before <paramref name="origin"/>; otherwise <see langword="null"/>.</summary>
    internal static string? AddressIn(DomainName name, DomainName origin)
    {
        // PERF: nearly every target has a letter outside a-f in its first label; no labels are counted for those.
        var wire = name.Wire;
        if (wire[0] == 0 || !IsHexOrColon(wire.Slice(1, wire[0])))
        {
            return null;
        }

        int labels = name.LabelCount;
        if (Spells(wire, labels) is { } whole)
        {
            return whole;
        }

        if (!origin.IsRoot && labels > origin.LabelCount && name.IsSubdomainOf(origin))
        {
            return Spells(wire, labels - origin.LabelCount);
        }

        return null;
    }

    /// <summary>The address the first <paramref name="labelCount"/> labels spell, if any; the caller has checked the first label's characters.</summary>
    private static string? Spells(ReadOnlySpan<byte> wire, int labelCount)
    {
        var sb = new StringBuilder(40);
        bool colon = false;
        bool dottedDecimal = labelCount == 4;
        int offset = 0;
        for (int i = 0; i < labelCount; i++)
        {
            var label = wire.Slice(offset + 1, wire[offset]);
            offset += wire[offset] + 1;
            if (i > 0)
            {
                sb.Append('.');
            }

            dottedDecimal &= label.Length <= 3;
            foreach (byte b in label)
            {
                if (b == (byte)':')
                {
                    colon = true;
                }
                else if (!char.IsAsciiHexDigit((char)b))
                {
                    return null;
                }

                dottedDecimal &= char.IsAsciiDigit((char)b);
                sb.Append((char)b);
            }
        }

        string text = sb.ToString();
        if (colon)
        {
            return IPAddress.TryParse(text, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? "IPv6" : null;
        }

        if (!dottedDecimal)
        {
            return null;
        }

        foreach (var part in text.Split('.'))
        {
            if (int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) > 255)
            {
                return null;
            }
        }

        return "IPv4";
    }

    private static bool IsHexOrColon(ReadOnlySpan<byte> label)
    {
        foreach (byte b in label)
        {
            if (b != (byte)':' && !char.IsAsciiHexDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }
}
